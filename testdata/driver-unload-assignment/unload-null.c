// driver-unload-assignment (c): a driver that creates and registers nothing
// states explicitly that it has no Unload routine. NULL is what the
// documentation asks for when no routine is supplied. Silent.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    DbgPrint("samp: loaded from %wZ\n", RegistryPath);
    DriverObject->DriverUnload = NULL; // this driver stays loaded until reboot
    return STATUS_SUCCESS;
}
