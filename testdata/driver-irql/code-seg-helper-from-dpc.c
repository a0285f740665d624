// driver-irql: the rotating driver of paged-code-helper-from-dpc.c where the
// helper RotRotate is defined __declspec(code_seg("PAGE")), so it is
// pageable. The timer's DPC routine RotTickDpc (DISPATCH_LEVEL) calls it:
// fires on that call. Twin: code-seg-helper-from-unload.c.
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
__declspec(code_seg("PAGE")) static VOID RotRotate(VOID)
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
        RotRotate(); // expect: driver-irql "'RotRotate' is pageable (it is placed in section PAGE) but is called at DISPATCH_LEVEL"
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
