// driver-role-type: DriverEntry has an ordinary prototype (as some old
// templates write it) instead of DRIVER_INITIALIZE. Fires on that prototype,
// its first declaration; the definition itself is not reported again.
#include <ntddk.h>

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath); // expect: driver-role-type "DRIVER_INITIALIZE"
DRIVER_UNLOAD SampUnload;

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
