// driver-unload-cleanup-order: Unload deletes the device and returns early when
// no symbolic link was created; otherwise it deletes the link, then the device.
// The first IoDeleteDevice is on a path with no link to remove. Silent.
// delete-device-before-link.c is the firing twin.
#include <ntddk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PrbUnload;
static PDEVICE_OBJECT gDevice;
static BOOLEAN gLinked;
_Use_decl_annotations_
VOID PrbUnload(PDRIVER_OBJECT DriverObject)
{
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\Prb");
    UNREFERENCED_PARAMETER(DriverObject);
    if (!gLinked) {
        IoDeleteDevice(gDevice);
        return;
    }
    IoDeleteSymbolicLink(&linkName);
    IoDeleteDevice(gDevice);
}
_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\Prb");
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\Prb");
    NTSTATUS status;
    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN, 0, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) return status;
    gLinked = NT_SUCCESS(IoCreateSymbolicLink(&linkName, &deviceName));
    DriverObject->DriverUnload = PrbUnload;
    return STATUS_SUCCESS;
}
