// driver-unload-pending-work: a driver that defers the end of its
// initialisation by ten seconds with a one-shot timer,
// KeSetTimer(&gDelayTimer, ...) in DriverEntry. Its Unload cancels the timer
// with KeCancelTimer(&gDelayTimer) and flushes a DPC the timer may already
// have queued. Silent. Twin: oneshot-timer-never-cancelled.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DlyUnload;
KDEFERRED_ROUTINE DlyFinishInit;

static KTIMER gDelayTimer;
static KDPC gDelayDpc;
static volatile LONG gReady;

_Use_decl_annotations_
VOID DlyFinishInit(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    InterlockedExchange(&gReady, 1);
}

_Use_decl_annotations_
VOID DlyUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeCancelTimer(&gDelayTimer);
    KeFlushQueuedDpcs();
    DbgPrint("dly: unloading, ready=%ld\n", gReady);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    LARGE_INTEGER dueTime;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeTimer(&gDelayTimer);
    KeInitializeDpc(&gDelayDpc, DlyFinishInit, NULL);
    dueTime.QuadPart = -10LL * 10 * 1000 * 1000;
    KeSetTimer(&gDelayTimer, dueTime, &gDelayDpc);
    DriverObject->DriverUnload = DlyUnload;
    return STATUS_SUCCESS;
}
