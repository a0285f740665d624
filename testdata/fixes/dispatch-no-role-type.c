// Fix-its of driver-role-type for dispatch routines, which also answer
// driver-dispatch-type. SampCreateClose has neither a role type nor a
// _Dispatch_type_ annotation: the role-type fix declares it with both
// annotations of the slots it is stored in, and driver-dispatch-type's
// finding gets no fix of its own (the two would insert at one place).
// SampReadWrite's prototype names IRP_MJ_READ but not IRP_MJ_WRITE: the
// role-type fix adds only the missing annotation. The result,
// dispatch-no-role-type.c.fixed, is silent for all three rules.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
// expect@+2: driver-role-type "SampReadWrite"
// expect@+1: driver-dispatch-type "do not name IRP_MJ_WRITE"
_Dispatch_type_(IRP_MJ_READ) NTSTATUS SampReadWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp);

static NTSTATUS SampComplete(PIRP Irp, NTSTATUS Status)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

// expect@+2: driver-role-type "SampCreateClose"
// expect@+1: driver-dispatch-type "has no _Dispatch_type_ annotation"
NTSTATUS
SampCreateClose(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return SampComplete(Irp, STATUS_SUCCESS);
}

NTSTATUS SampReadWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return SampComplete(Irp, STATUS_SUCCESS);
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
    DriverObject->MajorFunction[IRP_MJ_READ] = SampReadWrite;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = SampReadWrite;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
