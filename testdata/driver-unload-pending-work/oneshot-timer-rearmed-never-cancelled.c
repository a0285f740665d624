// driver-unload-pending-work: a watchdog whose one-shot timer is armed with
// KeSetTimer in DriverEntry and re-armed by its own DPC routine each time it
// expires. Unload never cancels it, so the timer fires after the driver is
// gone. One timer, one finding: at DriverEntry's KeSetTimer, not also at the
// DPC's. oneshot-timer-rearmed-cancelled.c is the silent twin.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD WdogUnload;
KDEFERRED_ROUTINE WdogExpired;

static KTIMER gWatchdogTimer;
static KDPC gWatchdogDpc;
static volatile LONG gHeartbeats;

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
    dueTime.QuadPart = -5LL * 10 * 1000 * 1000;
    KeSetTimer(&gWatchdogTimer, dueTime, Dpc);
}

_Use_decl_annotations_
VOID WdogUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    DbgPrint("wdog: unloading\n");
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    LARGE_INTEGER dueTime;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeTimer(&gWatchdogTimer);
    KeInitializeDpc(&gWatchdogDpc, WdogExpired, NULL);
    dueTime.QuadPart = -5LL * 10 * 1000 * 1000;
    KeSetTimer(&gWatchdogTimer, dueTime, &gWatchdogDpc); // expect: driver-unload-pending-work "KeSetTimer arms timer 'gWatchdogTimer' that is never cancelled: call KeCancelTimer(&gWatchdogTimer) in 'WdogUnload'"
    DriverObject->DriverUnload = WdogUnload;
    return STATUS_SUCCESS;
}
