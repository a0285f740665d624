// driver-unload-pending-work: a driver that starts a worker thread with
// PsCreateSystemThread in DriverEntry. Its Unload tells the thread to stop
// (KeSetEvent on gStopEvent) but returns at once without waiting for it, so
// the thread may still be executing the driver's code when the image is
// unmapped. Fires at the PsCreateSystemThread call. Twin:
// system-thread-waited.c (Unload references the thread object and waits on
// it with KeWaitForSingleObject).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD ThrdUnload;
KSTART_ROUTINE ThrdMain;

static KEVENT gStopEvent;
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
    status = PsCreateSystemThread(&threadHandle, THREAD_ALL_ACCESS, &attributes, NULL, NULL, ThrdMain, NULL); // expect: driver-unload-pending-work "PsCreateSystemThread starts system thread 'threadHandle' that is never waited for: call KeWaitForSingleObject on its thread object (after telling it to exit) in 'ThrdUnload'"
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ZwClose(threadHandle);
    DriverObject->DriverUnload = ThrdUnload;
    return STATUS_SUCCESS;
}
