// driver-unload-pending-work: a watchdog whose one-shot timer is armed with
// KeSetTimer(&gWatchdogTimer, ...) in DriverEntry and re-armed by its own DPC
// routine each time it expires. Unload tells the DPC to stop re-arming,
// cancels the timer with KeCancelTimer(&gWatchdogTimer), flushes a DPC that
// may be running, and cancels once more in case that DPC re-armed it. The
// cancels undo both KeSetTimer calls: the one in DriverEntry must be undone
// on the unload path, the one in the DPC routine anywhere in the driver.
// Silent. Firing counterpart: oneshot-timer-never-cancelled.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD WdogUnload;
KDEFERRED_ROUTINE WdogExpired;

static KTIMER gWatchdogTimer;
static KDPC gWatchdogDpc;
static volatile LONG gHeartbeats;
static volatile LONG gStopping;

_Use_decl_annotations_
VOID WdogExpired(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    LARGE_INTEGER dueTime;

    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    if (InterlockedExchange(&gHeartbeats, 0) == 0) {
        DbgPrint("wdog: no heartbeat in the last period\n");
    }
    if (gStopping) {
        return;
    }
    dueTime.QuadPart = -5LL * 10 * 1000 * 1000;
    KeSetTimer(&gWatchdogTimer, dueTime, Dpc);
}

_Use_decl_annotations_
VOID WdogUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    InterlockedExchange(&gStopping, 1);
    KeCancelTimer(&gWatchdogTimer);
    KeFlushQueuedDpcs();
    KeCancelTimer(&gWatchdogTimer);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    LARGE_INTEGER dueTime;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeTimer(&gWatchdogTimer);
    KeInitializeDpc(&gWatchdogDpc, WdogExpired, NULL);
    dueTime.QuadPart = -5LL * 10 * 1000 * 1000;
    KeSetTimer(&gWatchdogTimer, dueTime, &gWatchdogDpc);
    DriverObject->DriverUnload = WdogUnload;
    return STATUS_SUCCESS;
}
