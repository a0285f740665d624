// driver-unload-pending-work: a driver that samples the interrupt time once
// a second from a periodic timer armed in DriverEntry with
// KeSetTimerEx(&gSampleTimer, ...); its Unload cancels the timer with
// KeCancelTimer(&gSampleTimer) and waits for a DPC already queued with
// KeFlushQueuedDpcs. Silent. Twin: timer-never-cancelled.c (no KeCancelTimer).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SmplUnload;
KDEFERRED_ROUTINE SmplSampleDpc;

static KTIMER gSampleTimer;
static KDPC gSampleDpc;
static ULONGLONG gLastSample;

_Use_decl_annotations_
VOID SmplSampleDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    gLastSample = KeQueryInterruptTime();
}

_Use_decl_annotations_
VOID SmplUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeCancelTimer(&gSampleTimer);
    KeFlushQueuedDpcs();
    DbgPrint("smpl: last sample %I64u\n", gLastSample);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    LARGE_INTEGER dueTime;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeTimer(&gSampleTimer);
    KeInitializeDpc(&gSampleDpc, SmplSampleDpc, NULL);
    dueTime.QuadPart = -10 * 1000 * 1000; // one second, relative
    KeSetTimerEx(&gSampleTimer, dueTime, 1000, &gSampleDpc);
    DriverObject->DriverUnload = SmplUnload;
    return STATUS_SUCCESS;
}
