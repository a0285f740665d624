// driver-irql: the rotating driver of paged-code-helper-from-dpc.c where the
// helper RotRotate is placed in the pageable section with
// #pragma alloc_text(PAGE, RotRotate) (and DriverEntry in INIT, Unload in
// PAGE: neither is called from a DPC). The timer's DPC routine RotTickDpc
// (DISPATCH_LEVEL) calls RotRotate: fires on that call. Twin:
// alloc-text-helper-from-unload.c.
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
        RotRotate(); // expect: driver-irql "'RotRotate' is pageable (it is placed in section PAGE) but is called at DISPATCH_LEVEL because 'RotTickDpc' is a DPC routine"
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
