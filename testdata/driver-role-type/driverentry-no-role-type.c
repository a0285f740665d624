// driver-role-type: DriverEntry is defined without any DRIVER_INITIALIZE
// declaration (a common omission: the name alone makes it the entry point).
// Fires on its definition, which is its first declaration.
#include <ntddk.h>

DRIVER_UNLOAD SampUnload;

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    DbgPrint("samp: unloaded\n");
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) // expect: driver-role-type "is the driver's entry point but is not declared with role type DRIVER_INITIALIZE"
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DbgPrint("samp: loaded\n");
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
