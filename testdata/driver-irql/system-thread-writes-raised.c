// driver-irql: a driver whose system thread CpuLogThread (started with
// PsCreateSystemThread, so it runs at PASSIVE_LEVEL) logs once a second which
// processor it runs on. It raises IRQL with KeRaiseIrql(DISPATCH_LEVEL, ...)
// so that the processor number and the time are read on the same processor,
// then writes the record with ZwWriteFile before KeLowerIrql: ZwWriteFile
// requires PASSIVE_LEVEL and KeRaiseIrql set DISPATCH_LEVEL. Fires on the
// ZwWriteFile call. Twin: system-thread-writes-lowered.c (writes after
// KeLowerIrql).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD CpuUnload;
KSTART_ROUTINE CpuLogThread;

static KEVENT gStopEvent;
static PKTHREAD gThread;
static HANDLE gLogFile;

_Use_decl_annotations_
VOID CpuLogThread(PVOID StartContext)
{
    LARGE_INTEGER interval;
    IO_STATUS_BLOCK ioStatus;
    ULONG record[2];
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(StartContext);
    interval.QuadPart = -10LL * 1000 * 1000; // one second
    while (KeWaitForSingleObject(&gStopEvent, Executive, KernelMode, FALSE, &interval) == STATUS_TIMEOUT) {
        // Both values must come from the same processor: no switch between them.
        KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
        record[0] = KeGetCurrentProcessorNumber();
        record[1] = (ULONG)KeQueryInterruptTime();
        ZwWriteFile(gLogFile, NULL, NULL, NULL, &ioStatus, record, sizeof(record), NULL, NULL); // expect: driver-irql "'ZwWriteFile' requires PASSIVE_LEVEL but is called at DISPATCH_LEVEL while KeRaiseIrql raised it at line 31"
        KeLowerIrql(oldIrql);
    }
    PsTerminateSystemThread(STATUS_SUCCESS);
}

_Use_decl_annotations_
VOID CpuUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeSetEvent(&gStopEvent, IO_NO_INCREMENT, FALSE);
    KeWaitForSingleObject(gThread, Executive, KernelMode, FALSE, NULL);
    ObDereferenceObject(gThread);
    ZwClose(gLogFile);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING path = RTL_CONSTANT_STRING(L"\\SystemRoot\\Temp\\cpulog.bin");
    OBJECT_ATTRIBUTES attributes;
    IO_STATUS_BLOCK ioStatus;
    HANDLE threadHandle;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeEvent(&gStopEvent, NotificationEvent, FALSE);
    InitializeObjectAttributes(&attributes, &path, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    status = ZwCreateFile(&gLogFile, FILE_APPEND_DATA | SYNCHRONIZE, &attributes, &ioStatus, NULL,
                          FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ, FILE_OPEN_IF,
                          FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    InitializeObjectAttributes(&attributes, NULL, OBJ_KERNEL_HANDLE, NULL, NULL);
    status = PsCreateSystemThread(&threadHandle, THREAD_ALL_ACCESS, &attributes, NULL, NULL, CpuLogThread, NULL);
    if (!NT_SUCCESS(status)) {
        ZwClose(gLogFile);
        return status;
    }
    status = ObReferenceObjectByHandle(threadHandle, SYNCHRONIZE, *PsThreadType, KernelMode,
                                       (PVOID *)&gThread, NULL);
    if (!NT_SUCCESS(status)) {
        KeSetEvent(&gStopEvent, IO_NO_INCREMENT, FALSE);
        ZwWaitForSingleObject(threadHandle, FALSE, NULL);
        ZwClose(threadHandle);
        ZwClose(gLogFile);
        return status;
    }
    ZwClose(threadHandle);
    DriverObject->DriverUnload = CpuUnload;
    return STATUS_SUCCESS;
}
