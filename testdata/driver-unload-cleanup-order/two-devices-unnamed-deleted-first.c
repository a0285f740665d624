// driver-unload-cleanup-order: the driver has two device objects, and only the
// named one (gControl) has a symbolic link. Unload deletes the unnamed device
// first, then the link, then the named device: the link outlives the device it
// names. Silent. delete-device-before-link.c is the firing twin.
#include <ntddk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PrbUnload;
static PDEVICE_OBJECT gControl;
static PDEVICE_OBJECT gHidden;
_Use_decl_annotations_
VOID PrbUnload(PDRIVER_OBJECT DriverObject)
{
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\Prb");
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gHidden);
    IoDeleteSymbolicLink(&linkName);
    IoDeleteDevice(gControl);
}
_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\Prb");
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\Prb");
    NTSTATUS status;
    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &gHidden);
    if (!NT_SUCCESS(status)) return status;
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN, 0, FALSE, &gControl);
    if (!NT_SUCCESS(status)) { IoDeleteDevice(gHidden); return status; }
    status = IoCreateSymbolicLink(&linkName, &deviceName);
    if (!NT_SUCCESS(status)) { IoDeleteDevice(gControl); IoDeleteDevice(gHidden); return status; }
    DriverObject->DriverUnload = PrbUnload;
    return STATUS_SUCCESS;
}
