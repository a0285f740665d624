// driver-unload-pending-work: a driver that polls a counter every 100 ms from
// a high-resolution timer allocated with ExAllocateTimer into gPollTimer and
// started with ExSetTimer. Its Unload never deletes the timer
// (ExDeleteTimer): the timer object leaks and its callback keeps running
// after the driver's image is gone. Fires at the ExAllocateTimer call.
// Twin: ex-timer-deleted.c (ExDeleteTimer(gPollTimer, TRUE, TRUE, NULL) in
// Unload).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PollUnload;
EXT_CALLBACK PollTick;

static PEX_TIMER gPollTimer;
static volatile LONG64 gTicks;

_Use_decl_annotations_
VOID PollTick(PEX_TIMER Timer, PVOID Context)
{
    UNREFERENCED_PARAMETER(Timer);
    UNREFERENCED_PARAMETER(Context);
    InterlockedIncrement64(&gTicks);
}

_Use_decl_annotations_
VOID PollUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    DbgPrint("poll: %I64d ticks\n", gTicks);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    EXT_SET_PARAMETERS parameters;
    const LONGLONG period = 100LL * 10 * 1000; // 100 ms in 100 ns units

    UNREFERENCED_PARAMETER(RegistryPath);
    gPollTimer = ExAllocateTimer(PollTick, NULL, EX_TIMER_HIGH_RESOLUTION); // expect: driver-unload-pending-work "ExAllocateTimer allocates timer 'gPollTimer' that is never deleted: call ExDeleteTimer(gPollTimer, TRUE, TRUE, NULL) in 'PollUnload'"
    if (gPollTimer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ExInitializeSetTimerParameters(&parameters);
    ExSetTimer(gPollTimer, -period, period, &parameters);
    DriverObject->DriverUnload = PollUnload;
    return STATUS_SUCCESS;
}
