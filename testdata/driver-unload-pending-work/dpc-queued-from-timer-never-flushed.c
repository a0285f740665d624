// driver-unload-pending-work: a driver whose periodic timer DPC (armed in
// DriverEntry, cancelled in Unload) hands the heavier part of its work to a
// second DPC targeted at processor 0 with KeInsertQueueDpc(&gDrainDpc, ...).
// That call is made in a callback, not on the way in, so a KeFlushQueuedDpcs
// anywhere in the driver would do; there is none, and Unload's KeCancelTimer
// does not stop gDrainDpc from running after the driver is gone. Fires at
// the KeInsertQueueDpc call inside the timer DPC routine. Twin:
// dpc-queued-from-timer-flushed.c (Unload flushes queued DPCs).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DrnUnload;
KDEFERRED_ROUTINE DrnTick;
KDEFERRED_ROUTINE DrnDrain;

static KTIMER gTickTimer;
static KDPC gTickDpc;
static KDPC gDrainDpc;
static volatile LONG gPending;

_Use_decl_annotations_
VOID DrnDrain(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    InterlockedExchange(&gPending, 0);
}

_Use_decl_annotations_
VOID DrnTick(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    if (InterlockedIncrement(&gPending) > 16) {
        KeInsertQueueDpc(&gDrainDpc, NULL, NULL); // expect: driver-unload-pending-work "KeInsertQueueDpc queues DPC 'gDrainDpc' that is never flushed: call KeFlushQueuedDpcs()"
    }
}

_Use_decl_annotations_
VOID DrnUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeCancelTimer(&gTickTimer);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    LARGE_INTEGER dueTime;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeDpc(&gDrainDpc, DrnDrain, NULL);
    KeSetTargetProcessorDpc(&gDrainDpc, 0);
    KeInitializeDpc(&gTickDpc, DrnTick, NULL);
    KeInitializeTimer(&gTickTimer);
    dueTime.QuadPart = -10LL * 1000 * 10; // 10 ms
    KeSetTimerEx(&gTickTimer, dueTime, 10, &gTickDpc);
    DriverObject->DriverUnload = DrnUnload;
    return STATUS_SUCCESS;
}
