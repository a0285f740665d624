// driver-unload-pending-work: a driver that samples the interrupt time once
// a second from a periodic timer armed in DriverEntry with
// KeSetTimerEx(&gSampleTimer, ...), and whose Unload never cancels it. The
// timer keeps firing after the driver's code is unmapped and its DPC routine
// runs code that is gone. Fires at the KeSetTimerEx call. Twin:
// timer-cancelled.c (KeCancelTimer in Unload).
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
    KeSetTimerEx(&gSampleTimer, dueTime, 1000, &gSampleDpc); // expect: driver-unload-pending-work "KeSetTimerEx arms timer 'gSampleTimer' that is never cancelled: call KeCancelTimer(&gSampleTimer) in 'SmplUnload'"
    DriverObject->DriverUnload = SmplUnload;
    return STATUS_SUCCESS;
}
