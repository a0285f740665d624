// driver-irql: the rotating driver of paged-code-helper-from-dpc.c where the
// DPC routine only records, and the pageable helper RotRotate (it starts with
// PAGED_CODE()) is called from Unload, at PASSIVE_LEVEL, after the timer is
// cancelled and the DPC flushed. Silent. Twin: paged-code-helper-from-dpc.c.
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
        gTicks = 0;
    }
}

_Use_decl_annotations_
VOID RotUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeCancelTimer(&gTickTimer);
    KeFlushQueuedDpcs();
    RotRotate();
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
