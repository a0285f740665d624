// driver-irql-not-restored: a driver that drains a counter once a second from
// a periodic timer. The timer's DPC routine CntDrainDpc takes the spin lock
// gCountLock; it releases it before returning early when there is nothing
// pending, but on its normal path it reaches the closing brace with the lock
// still held. Fires on the closing brace (a VOID routine's implicit return).
// Twin: dpc-lock-released-at-closing-brace.c.
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
} // expect: driver-irql-not-restored "'CntDrainDpc' returns while spin lock 'gCountLock' is held"

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
