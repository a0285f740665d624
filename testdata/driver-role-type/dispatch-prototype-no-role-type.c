// driver-role-type: the create and close dispatch routines have ordinary
// prototypes (carrying their _Dispatch_type_ annotations) but no DRIVER_DISPATCH
// declaration. Fires once per routine, on its prototype, not on its definition.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) NTSTATUS SampCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp); // expect: driver-role-type "is not declared with role type DRIVER_DISPATCH"
_Dispatch_type_(IRP_MJ_CLOSE) NTSTATUS SampClose(PDEVICE_OBJECT DeviceObject, PIRP Irp); // expect: driver-role-type "is not declared with role type DRIVER_DISPATCH"

static NTSTATUS SampComplete(PIRP Irp, NTSTATUS Status)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS SampCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return SampComplete(Irp, STATUS_SUCCESS);
}

NTSTATUS SampClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
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
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\SampDispatch");
    PDEVICE_OBJECT device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreate;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampClose;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
