// Fix-its of driver-dispatch-type: SampCreateClose is stored in
// IRP_MJ_CREATE and IRP_MJ_CLOSE but annotated for IRP_MJ_CREATE only, and
// SampWrite, whose declaration was copied from SampRead's, is stored in
// IRP_MJ_WRITE but annotated for IRP_MJ_READ. Each fix adds the missing
// _Dispatch_type_ line before the DRIVER_DISPATCH declaration; SampWrite's
// stale IRP_MJ_READ is left for the developer, as the message says:
// dispatch-type-missing.c.fixed.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) DRIVER_DISPATCH SampCreateClose; // expect: driver-dispatch-type "do not name IRP_MJ_CLOSE"
_Dispatch_type_(IRP_MJ_READ) DRIVER_DISPATCH SampRead;
_Dispatch_type_(IRP_MJ_READ) DRIVER_DISPATCH SampWrite; // expect: driver-dispatch-type "remove _Dispatch_type_(IRP_MJ_READ) if that annotation is stale"

static NTSTATUS SampComplete(PIRP Irp, NTSTATUS Status, ULONG_PTR Information)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

_Use_decl_annotations_
NTSTATUS SampCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return SampComplete(Irp, STATUS_SUCCESS, 0);
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
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = SampRead;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = SampWrite;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
