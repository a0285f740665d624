// driver-routine-naming: the Unload routine is called SampStop. Everything else
// about it is right (role type, annotation, store), but the documented name is
// XxxUnload, and "Stop" suggests PnP IRP_MN_STOP_DEVICE handling. Fires on its
// definition. unload-named.c is the silent twin.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampStop;

_Use_decl_annotations_ VOID SampStop(PDRIVER_OBJECT DriverObject) // expect: driver-routine-naming "should be named XxxUnload"
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
    DriverObject->DriverUnload = SampStop;
    return STATUS_SUCCESS;
}
