// driver-irql: a driver that rotates a small record every minute from a
// periodic timer. The helper RotRotate starts with PAGED_CODE(): it may be
// paged out, so it must run at IRQL <= APC_LEVEL. The timer's DPC routine
// RotTickDpc (DISPATCH_LEVEL, passed to KeInitializeDpc) calls it: fires on
// that call. Twin: paged-code-helper-from-unload.c (only Unload, at
// PASSIVE_LEVEL, calls it).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RotUnload;
KDEFERRED_ROUTINE RotTickDpc;
static VOID RotRotate(VOID);

static KTIMER gTickTimer;
static KDPC gTickDpc;
static CHAR gCurrent[128];
static CHAR gPrevious[128];
static ULONG gTicks;

// Moves the current record to the previous one.
static VOID RotRotate(VOID)
{
    PAGED_CODE();
    RtlCopyMemory(gPrevious, gCurrent, sizeof(gCurrent));
    RtlZeroMemory(gCurrent, sizeof(gCurrent));
}

_Use_decl_annotations_
VOID RotTickDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    gCurrent[gTicks % sizeof(gCurrent)] = (CHAR)KeGetCurrentProcessorNumber();
    if (++gTicks % 60 == 0) {
        RotRotate(); // expect: driver-irql "'RotRotate' is pageable (it calls PAGED_CODE()) but is called at DISPATCH_LEVEL because 'RotTickDpc' is a DPC routine, passed to KeInitializeDpc"
    }
}

_Use_decl_annotations_
VOID RotUnload(PDRIVER_OBJECT DriverObject)
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
    KeInitializeTimer(&gTickTimer);
    KeInitializeDpc(&gTickDpc, RotTickDpc, NULL);
    dueTime.QuadPart = -10 * 1000 * 1000; // one second, relative
    KeSetTimerEx(&gTickTimer, dueTime, 1000, &gTickDpc);
    DriverObject->DriverUnload = RotUnload;
    return STATUS_SUCCESS;
}
