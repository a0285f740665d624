// driver-dispatch-type: the write routine's declaration was copied from the
// read routine's and still says _Dispatch_type_(IRP_MJ_READ), but it is stored
// in MajorFunction[IRP_MJ_WRITE]. Fires on the write routine's declaration.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_READ) DRIVER_DISPATCH SampRead;
_Dispatch_type_(IRP_MJ_READ) DRIVER_DISPATCH SampWrite; // expect: driver-dispatch-type "do not name IRP_MJ_WRITE"

static NTSTATUS SampComplete(PIRP Irp, NTSTATUS Status, ULONG_PTR Information)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

_Use_decl_annotations_
NTSTATUS SampRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return SampComplete(Irp, STATUS_END_OF_FILE, 0);
}

_Use_decl_annotations_
NTSTATUS SampWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return SampComplete(Irp, STATUS_SUCCESS, IoGetCurrentIrpStackLocation(Irp)->Parameters.Write.Length);
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
    DriverObject->MajorFunction[IRP_MJ_WRITE] = SampWrite;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
