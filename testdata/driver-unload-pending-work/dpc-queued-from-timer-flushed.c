// driver-unload-pending-work: a driver whose periodic timer DPC (armed in
// DriverEntry) hands the heavier part of its work to a second DPC with
// KeInsertQueueDpc(&gDrainDpc, ...). Its Unload cancels the timer and then
// calls KeFlushQueuedDpcs, so neither DPC can run once the driver is gone.
// Silent. Twin: dpc-queued-from-timer-never-flushed.c (no flush).
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
        KeInsertQueueDpc(&gDrainDpc, NULL, NULL);
    }
}

_Use_decl_annotations_
VOID DrnUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeCancelTimer(&gTickTimer);
    KeFlushQueuedDpcs();
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
