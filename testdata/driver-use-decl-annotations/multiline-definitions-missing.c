// driver-use-decl-annotations: DriverEntry and a dispatch routine are
// declared with their role types, but both definitions (written in the
// return-type-on-its-own-line style) lack _Use_decl_annotations_. Fires on
// each definition, at the line where the definition starts: the return type.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_SHUTDOWN) DRIVER_DISPATCH SampShutdown;

NTSTATUS // expect: driver-use-decl-annotations "SampShutdown"
SampShutdown(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    DbgPrint("samp: system is shutting down\n");
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    if (DriverObject->DeviceObject != NULL) {
        IoUnregisterShutdownNotification(DriverObject->DeviceObject);
        IoDeleteDevice(DriverObject->DeviceObject);
    }
}

NTSTATUS // expect: driver-use-decl-annotations "DriverEntry"
DriverEntry(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PUNICODE_STRING RegistryPath
    )
{
    PDEVICE_OBJECT device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoRegisterShutdownNotification(device);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(device);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_SHUTDOWN] = SampShutdown;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
