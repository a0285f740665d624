// driver-dispatch-type: the read dispatch routine is declared with
// DRIVER_DISPATCH but carries no _Dispatch_type_ annotation, so code analysis
// cannot tell which IRP it handles (and at which IRQL). Fires on its
// declaration. dispatch-type-on-prototype.c is the silent twin.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
DRIVER_DISPATCH SampRead; // expect: driver-dispatch-type "has no _Dispatch_type_ annotation"

_Use_decl_annotations_
NTSTATUS SampRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_END_OF_FILE;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_END_OF_FILE;
}

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
    DriverObject->MajorFunction[IRP_MJ_READ] = SampRead;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
