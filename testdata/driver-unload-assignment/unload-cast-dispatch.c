// driver-unload-assignment (c): the developer wanted "close everything on
// unload" and stored the close dispatch routine as the Unload routine, with a
// cast to silence the compiler. The I/O manager will call it with a driver
// object and no IRP. Rule 4 fires on the store, and only rule 4: one defect,
// one finding, so driver-role-type (its role type is not DRIVER_UNLOAD) and
// driver-routine-naming (it is not named XxxUnload) stay silent.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
_Dispatch_type_(IRP_MJ_CREATE) DRIVER_DISPATCH SampCreate;
_Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampClose;

_Use_decl_annotations_
NTSTATUS SampCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_ NTSTATUS SampClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
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
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreate;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampClose;
    DriverObject->DriverUnload = (PDRIVER_UNLOAD)SampClose; // expect: driver-unload-assignment "is not an Unload routine"
    return STATUS_SUCCESS;
}
