// driver-unload-assignment (c): a redundant cast of a real Unload routine
// (declared with DRIVER_UNLOAD) to PDRIVER_UNLOAD, as old code often has. The
// value is still an Unload routine. Silent.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    if (DriverObject->DeviceObject != NULL) {
        IoDeleteDevice(DriverObject->DeviceObject);
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = (PDRIVER_UNLOAD)SampUnload;
    return STATUS_SUCCESS;
}
