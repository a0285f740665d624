// driver-unload-pending-work: a driver that starts a worker thread with
// PsCreateSystemThread in DriverEntry, takes a reference on the thread object
// with ObReferenceObjectByHandle into gThread and closes the handle. Its
// Unload tells the thread to stop, waits for it to exit with
// KeWaitForSingleObject(gThread, ...) and drops the reference. Silent (and
// driver-unload-missing-cleanup is silent too: the reference stored in the
// global gThread is released with ObDereferenceObject). Twin:
// system-thread-never-waited.c (Unload does not wait).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD ThrdUnload;
KSTART_ROUTINE ThrdMain;

static KEVENT gStopEvent;
static PKTHREAD gThread;
static volatile LONG gRounds;

_Use_decl_annotations_
VOID ThrdMain(PVOID StartContext)
{
    LARGE_INTEGER interval;

    UNREFERENCED_PARAMETER(StartContext);
    interval.QuadPart = -10LL * 1000 * 1000; // one second
    while (KeWaitForSingleObject(&gStopEvent, Executive, KernelMode, FALSE, &interval) == STATUS_TIMEOUT) {
        InterlockedIncrement(&gRounds);
    }
    PsTerminateSystemThread(STATUS_SUCCESS);
}

_Use_decl_annotations_
VOID ThrdUnload(PDRIVER_OBJECT DriverObject)
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
    status = PsCreateSystemThread(&threadHandle, THREAD_ALL_ACCESS, &attributes, NULL, NULL, ThrdMain, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = ObReferenceObjectByHandle(threadHandle, SYNCHRONIZE, *PsThreadType, KernelMode,
                                       (PVOID *)&gThread, NULL);
    if (!NT_SUCCESS(status)) {
        // Without a reference the thread cannot be waited for: stop it now.
        KeSetEvent(&gStopEvent, IO_NO_INCREMENT, FALSE);
        ZwWaitForSingleObject(threadHandle, FALSE, NULL);
        ZwClose(threadHandle);
        return status;
    }
    ZwClose(threadHandle);
    DriverObject->DriverUnload = ThrdUnload;
    return STATUS_SUCCESS;
}
