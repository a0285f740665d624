// driver-role-type: the routines first appear in ordinary prototypes (as an
// old shared header would declare them), and the role-type declarations come
// afterwards. Silent: the rule asks for a role-type declaration anywhere in
// the driver, not for the first declaration to be the role-typed one.
#include <ntddk.h>

// Legacy prototypes, kept for other code that calls these routines.
NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath);
VOID SampUnload(_In_ PDRIVER_OBJECT DriverObject);
NTSTATUS SampFlush(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_FLUSH_BUFFERS) DRIVER_DISPATCH SampFlush;

_Use_decl_annotations_
NTSTATUS SampFlush(PDEVICE_OBJECT DeviceObject, PIRP Irp)
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
    PDEVICE_OBJECT device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_FLUSH_BUFFERS] = SampFlush;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
