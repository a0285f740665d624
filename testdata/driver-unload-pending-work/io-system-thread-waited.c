// driver-unload-pending-work: a driver that starts its worker thread with
// IoCreateSystemThread(DriverObject, &threadHandle, ...) in DriverEntry,
// keeps a reference on the thread object in gThread, and whose Unload tells
// the thread to stop and waits for it with KeWaitForSingleObject(gThread,
// ...) before dropping the reference. Silent. (The same driver without the
// wait is not a test driver: the reference IoCreateSystemThread takes on the
// driver object keeps the image loaded while the thread runs, and whether
// the rule should report it is an open question for the lead.)
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD IothUnload;
KSTART_ROUTINE IothMain;

static KEVENT gStopEvent;
static PKTHREAD gThread;
static volatile LONG gRounds;

_Use_decl_annotations_
VOID IothMain(PVOID StartContext)
{
    LARGE_INTEGER interval;

    UNREFERENCED_PARAMETER(StartContext);
    interval.QuadPart = -10LL * 1000 * 1000; // one second
    while (KeWaitForSingleObject(&gStopEvent, Executive, KernelMode, FALSE, &interval) == STATUS_TIMEOUT) {
        InterlockedIncrement(&gRounds);
    }
    // A thread made by IoCreateSystemThread just returns: the I/O manager
    // terminates it and drops its reference on the driver object.
}

_Use_decl_annotations_
VOID IothUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeSetEvent(&gStopEvent, IO_NO_INCREMENT, FALSE);
    KeWaitForSingleObject(gThread, Executive, KernelMode, FALSE, NULL);
    ObDereferenceObject(gThread);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    OBJECT_ATTRIBUTES attributes;
    HANDLE threadHandle;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeEvent(&gStopEvent, NotificationEvent, FALSE);
    InitializeObjectAttributes(&attributes, NULL, OBJ_KERNEL_HANDLE, NULL, NULL);
    status = IoCreateSystemThread(DriverObject, &threadHandle, THREAD_ALL_ACCESS, &attributes, NULL, NULL,
                                  IothMain, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = ObReferenceObjectByHandle(threadHandle, SYNCHRONIZE, *PsThreadType, KernelMode,
                                       (PVOID *)&gThread, NULL);
    if (!NT_SUCCESS(status)) {
        KeSetEvent(&gStopEvent, IO_NO_INCREMENT, FALSE);
        ZwClose(threadHandle);
        return status;
    }
    ZwClose(threadHandle);
    DriverObject->DriverUnload = IothUnload;
    return STATUS_SUCCESS;
}
