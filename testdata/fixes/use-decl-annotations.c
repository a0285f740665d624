// Fix-its of driver-use-decl-annotations: every routine is declared with its
// role type, but two definitions lack _Use_decl_annotations_, one of them
// written with its return type on a line of its own. Each fix inserts
// _Use_decl_annotations_ on a line of its own before the definition:
// use-decl-annotations.c.fixed.
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
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

VOID SampUnload(PDRIVER_OBJECT DriverObject) // expect: driver-use-decl-annotations "SampUnload"
{
    if (DriverObject->DeviceObject != NULL) {
        IoUnregisterShutdownNotification(DriverObject->DeviceObject);
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
    status = IoRegisterShutdownNotification(device);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(device);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_SHUTDOWN] = SampShutdown;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
