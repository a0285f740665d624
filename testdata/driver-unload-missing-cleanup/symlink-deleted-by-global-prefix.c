// driver-unload-missing-cleanup: the symbolic link is created as
// \DosDevices\Samp and deleted as \GLOBAL??\Samp, the same object for a driver
// (which runs in the system's context). Silent. symlink-not-deleted.c is the
// firing twin.
#include <ntddk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
static PDEVICE_OBJECT gDevice;
_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNICODE_STRING link = RTL_CONSTANT_STRING(L"\\GLOBAL??\\Samp");
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteSymbolicLink(&link);
    IoDeleteDevice(gDevice);
}
_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Samp");
    UNICODE_STRING link = RTL_CONSTANT_STRING(L"\\DosDevices\\Samp");
    NTSTATUS status;
    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, 0, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) return status;
    status = IoCreateSymbolicLink(&link, &name);
    if (!NT_SUCCESS(status)) { IoDeleteDevice(gDevice); return status; }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
