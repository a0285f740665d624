// driver-irql: a driver that keeps a log file open (ZwCreateFile in
// DriverEntry, ZwClose in Unload) and flushes its in-memory log once a second
// from a periodic timer. The timer's DPC routine LogFlushDpc writes the
// buffer with ZwWriteFile itself. A DPC routine (passed to KeInitializeDpc)
// runs at DISPATCH_LEVEL and ZwWriteFile requires PASSIVE_LEVEL: fires on the
// ZwWriteFile call. Twin: dpc-queues-log-work-item.c (the DPC hands the write
// to a work item, whose routine runs at PASSIVE_LEVEL).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD LogUnload;
KDEFERRED_ROUTINE LogFlushDpc;

static HANDLE gLogFile;
static KTIMER gFlushTimer;
static KDPC gFlushDpc;
static CHAR gLogBuffer[256];
static ULONG gLogLength;

_Use_decl_annotations_
VOID LogFlushDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    IO_STATUS_BLOCK ioStatus;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    if (gLogLength == 0) {
        return;
    }
    ZwWriteFile(gLogFile, NULL, NULL, NULL, &ioStatus, gLogBuffer, gLogLength, NULL, NULL); // expect: driver-irql "'ZwWriteFile' requires PASSIVE_LEVEL but is called at DISPATCH_LEVEL because 'LogFlushDpc' is a DPC routine, passed to KeInitializeDpc"
    gLogLength = 0;
}

_Use_decl_annotations_
VOID LogUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeCancelTimer(&gFlushTimer);
    KeFlushQueuedDpcs();
    ZwClose(gLogFile);
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
    InitializeObjectAttributes(&attributes, &path, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    status = ZwCreateFile(&gLogFile, FILE_APPEND_DATA | SYNCHRONIZE, &attributes, &ioStatus, NULL,
                          FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ, FILE_OPEN_IF,
                          FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    KeInitializeTimer(&gFlushTimer);
    KeInitializeDpc(&gFlushDpc, LogFlushDpc, NULL);
    dueTime.QuadPart = -10 * 1000 * 1000; // one second, relative
    KeSetTimerEx(&gFlushTimer, dueTime, 1000, &gFlushDpc);
    DriverObject->DriverUnload = LogUnload;
    return STATUS_SUCCESS;
}
