// driver-irql-not-restored: the counter-draining driver of
// dpc-lock-held-at-closing-brace.c done right: the DPC routine CntDrainDpc
// releases the spin lock gCountLock before its early return and before its
// closing brace. Silent. Twin: dpc-lock-held-at-closing-brace.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD CntUnload;
KDEFERRED_ROUTINE CntDrainDpc;

static KSPIN_LOCK gCountLock;
static KTIMER gDrainTimer;
static KDPC gDrainDpc;
static ULONG gPending;
static ULONG gDone;

_Use_decl_annotations_
VOID CntDrainDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    KeAcquireSpinLock(&gCountLock, &oldIrql);
    if (gPending == 0) {
        KeReleaseSpinLock(&gCountLock, oldIrql);
        return;
    }
    gPending--;
    gDone++;
    KeReleaseSpinLock(&gCountLock, oldIrql);
}

_Use_decl_annotations_
VOID CntUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeCancelTimer(&gDrainTimer);
    KeFlushQueuedDpcs();
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    LARGE_INTEGER dueTime;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&gCountLock);
    gPending = 100;
    KeInitializeTimer(&gDrainTimer);
    KeInitializeDpc(&gDrainDpc, CntDrainDpc, NULL);
    dueTime.QuadPart = -10 * 1000 * 1000; // one second, relative
    KeSetTimerEx(&gDrainTimer, dueTime, 1000, &gDrainDpc);
    DriverObject->DriverUnload = CntUnload;
    return STATUS_SUCCESS;
}
