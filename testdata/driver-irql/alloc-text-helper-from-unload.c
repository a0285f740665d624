// driver-irql: the rotating driver of alloc-text-helper-from-dpc.c where the
// helper RotRotate, placed in the pageable section with
// #pragma alloc_text(PAGE, RotRotate), is called only from Unload (itself in
// PAGE), at PASSIVE_LEVEL. DriverEntry is in INIT, which is not pageable
// code. Silent. Twin: alloc-text-helper-from-dpc.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RotUnload;
KDEFERRED_ROUTINE RotTickDpc;
static VOID RotRotate(VOID);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, RotUnload)
#pragma alloc_text(PAGE, RotRotate)
#endif

static KTIMER gTickTimer;
static KDPC gTickDpc;
static CHAR gCurrent[128];
static CHAR gPrevious[128];
static ULONG gTicks;

// Moves the current record to the previous one.
static VOID RotRotate(VOID)
{
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
