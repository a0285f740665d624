// driver-unload-assignment (c): a test driver that "enables unloading" by
// storing a dummy non-null value in DriverUnload. The I/O manager will call
// address 1 when the driver is stopped. Fires on the store. (The driver
// creates and registers nothing, so rule 4's missing-Unload check has nothing
// to say either way.)
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    DbgPrint("samp: loaded from %wZ\n", RegistryPath);
    DriverObject->DriverUnload = (PDRIVER_UNLOAD)(ULONG_PTR)1; // expect: driver-unload-assignment "is not an Unload routine"
    return STATUS_SUCCESS;
}
