// driver-routine-naming: one routine, SampFileLifetime, serves IRP_MJ_CREATE,
// IRP_MJ_CLEANUP and IRP_MJ_CLOSE. The XxxCleanup naming convention applies
// only to a routine stored in IRP_MJ_CLEANUP alone, so its name is fine.
// Silent.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE)
_Dispatch_type_(IRP_MJ_CLEANUP)
_Dispatch_type_(IRP_MJ_CLOSE)
DRIVER_DISPATCH SampFileLifetime;

_Use_decl_annotations_
NTSTATUS SampFileLifetime(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
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
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\SampShared");
    PDEVICE_OBJECT device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampFileLifetime;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = SampFileLifetime;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampFileLifetime;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
