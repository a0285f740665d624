// driver-unload-pending-work: a driver that reads a per-processor counter by
// queueing one DPC per processor from DriverEntry
// (KeInsertQueueDpc(&gCpuDpc[i], ...)). A DPC may still be queued or running
// when the driver is unloaded, and its Unload never calls KeFlushQueuedDpcs,
// so the DPC may run after the driver's code is gone. Fires at the
// KeInsertQueueDpc call. Twin: dpc-flushed.c (KeFlushQueuedDpcs in Unload).
#include <ntddk.h>

#define PCPU_MAX 64

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PcpuUnload;
KDEFERRED_ROUTINE PcpuSample;

static KDPC gCpuDpc[PCPU_MAX];
static ULONGLONG gCpuSample[PCPU_MAX];

_Use_decl_annotations_
VOID PcpuSample(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    gCpuSample[KeGetCurrentProcessorNumber() % PCPU_MAX] = KeQueryInterruptTime();
}

_Use_decl_annotations_
VOID PcpuUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    DbgPrint("pcpu: unloading\n");
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    CCHAR count = KeNumberProcessors;
    CCHAR i;

    UNREFERENCED_PARAMETER(RegistryPath);
    for (i = 0; i < count && i < PCPU_MAX; i++) {
        KeInitializeDpc(&gCpuDpc[i], PcpuSample, NULL);
        KeSetTargetProcessorDpc(&gCpuDpc[i], i);
        KeInsertQueueDpc(&gCpuDpc[i], NULL, NULL); // expect: driver-unload-pending-work "KeInsertQueueDpc queues DPC 'gCpuDpc[i]' that is never flushed: call KeFlushQueuedDpcs() in 'PcpuUnload'"
    }
    DriverObject->DriverUnload = PcpuUnload;
    return STATUS_SUCCESS;
}
