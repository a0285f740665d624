// driver-irql: the log driver of dpc-writes-log-file.c done right. The timer's
// DPC routine LogFlushDpc only queues a work item (IoQueueWorkItem, allowed at
// DISPATCH_LEVEL); the work item routine LogFlushWork calls ZwWriteFile. A
// work item routine (passed to IoQueueWorkItem) runs at PASSIVE_LEVEL, so
// nothing is called at an IRQL it does not allow. Silent. Twin:
// dpc-writes-log-file.c (the DPC writes the file itself).
// Teardown: Unload cancels the timer, flushes the DPC, waits for a queued
// flush to finish (gFlushIdle), frees the work item, closes the file and
// deletes the device object the work item needs.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD LogUnload;
KDEFERRED_ROUTINE LogFlushDpc;
IO_WORKITEM_ROUTINE LogFlushWork;

static PDEVICE_OBJECT gDevice;
static PIO_WORKITEM gFlushItem;
static KEVENT gFlushIdle;
static volatile LONG gFlushQueued;
static HANDLE gLogFile;
static KTIMER gFlushTimer;
static KDPC gFlushDpc;
static CHAR gLogBuffer[256];
static ULONG gLogLength;

_Use_decl_annotations_
VOID LogFlushWork(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    IO_STATUS_BLOCK ioStatus;

    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Context);
    if (gLogLength != 0) {
        ZwWriteFile(gLogFile, NULL, NULL, NULL, &ioStatus, gLogBuffer, gLogLength, NULL, NULL);
        gLogLength = 0;
    }
    InterlockedExchange(&gFlushQueued, 0);
    KeSetEvent(&gFlushIdle, IO_NO_INCREMENT, FALSE);
}

_Use_decl_annotations_
VOID LogFlushDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    if (gLogLength == 0 || InterlockedCompareExchange(&gFlushQueued, 1, 0) != 0) {
        return;
    }
    KeClearEvent(&gFlushIdle);
    IoQueueWorkItem(gFlushItem, LogFlushWork, DelayedWorkQueue, NULL);
}

_Use_decl_annotations_
VOID LogUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeCancelTimer(&gFlushTimer);
    KeFlushQueuedDpcs();
    KeWaitForSingleObject(&gFlushIdle, Executive, KernelMode, FALSE, NULL);
    IoFreeWorkItem(gFlushItem);
    ZwClose(gLogFile);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING path = RTL_CONSTANT_STRING(L"\\SystemRoot\\Temp\\logdrv.txt");
    OBJECT_ATTRIBUTES attributes;
    IO_STATUS_BLOCK ioStatus;
    LARGE_INTEGER dueTime;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    gFlushItem = IoAllocateWorkItem(gDevice);
    if (gFlushItem == NULL) {
        IoDeleteDevice(gDevice);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    InitializeObjectAttributes(&attributes, &path, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    status = ZwCreateFile(&gLogFile, FILE_APPEND_DATA | SYNCHRONIZE, &attributes, &ioStatus, NULL,
                          FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ, FILE_OPEN_IF,
                          FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
    if (!NT_SUCCESS(status)) {
        IoFreeWorkItem(gFlushItem);
        IoDeleteDevice(gDevice);
        return status;
    }
    KeInitializeEvent(&gFlushIdle, NotificationEvent, TRUE);
    KeInitializeTimer(&gFlushTimer);
    KeInitializeDpc(&gFlushDpc, LogFlushDpc, NULL);
    dueTime.QuadPart = -10 * 1000 * 1000; // one second, relative
    KeSetTimerEx(&gFlushTimer, dueTime, 1000, &gFlushDpc);
    DriverObject->DriverUnload = LogUnload;
    return STATUS_SUCCESS;
}
