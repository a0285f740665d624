// driver-irql: the DPC routine is placed in the pageable section with
// #pragma alloc_text(PAGE, ...). DPC routines run at DISPATCH_LEVEL, where a
// page fault cannot be served. There is no call in the driver to point at,
// so the finding points at KeInitializeDpc, which hands the routine to the
// system. pageable-work-item-routine.c is the silent twin.
#include <ntddk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PdUnload;
KDEFERRED_ROUTINE PdDpc;
#pragma alloc_text(PAGE, PdDpc)
static KDPC gDpc;
static LONG gTicks;
_Use_decl_annotations_
VOID PdDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2)
{
    UNREFERENCED_PARAMETER(Dpc); UNREFERENCED_PARAMETER(Context); UNREFERENCED_PARAMETER(A1); UNREFERENCED_PARAMETER(A2);
    InterlockedIncrement(&gTicks);
}
_Use_decl_annotations_
VOID PdUnload(PDRIVER_OBJECT DriverObject) { UNREFERENCED_PARAMETER(DriverObject); KeFlushQueuedDpcs(); }
_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeDpc(&gDpc, PdDpc, NULL); // expect: driver-irql "'PdDpc' is pageable (it is placed in section PAGE) but is a DPC routine, passed to KeInitializeDpc, so it runs at DISPATCH_LEVEL"
    DriverObject->DriverUnload = PdUnload;
    return STATUS_SUCCESS;
}
