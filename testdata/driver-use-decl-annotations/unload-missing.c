// driver-use-decl-annotations: the Unload routine is declared with
// DRIVER_UNLOAD, but its definition lacks _Use_decl_annotations_, so the role
// type's annotations are not applied to the body. Fires on the definition.
// with-use-decl-annotations.c is the silent twin.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

VOID SampUnload(PDRIVER_OBJECT DriverObject) // expect: driver-use-decl-annotations "lacks _Use_decl_annotations_"
{
    UNREFERENCED_PARAMETER(DriverObject);
    DbgPrint("samp: unloaded\n");
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
