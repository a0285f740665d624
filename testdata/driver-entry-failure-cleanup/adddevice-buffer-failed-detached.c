// driver-entry-failure-cleanup: AddDevice failing after the attach. The FDO is
// created and attached to the device stack, then AddDevice allocates the
// device's transfer buffer; when that allocation fails it detaches from the
// stack and deletes the FDO, in that order, before returning
// STATUS_INSUFFICIENT_RESOURCES. A NULL ExAllocatePoolWithTag allocated
// nothing. On success everything is released when the driver handles
// IRP_MN_REMOVE_DEVICE. Silent. Firing twin:
// adddevice-buffer-failed-not-detached.c.
#include <ntddk.h>

#define SAMP_TAG 'pmaS'
#define SAMP_BUFFER_SIZE 4096

typedef struct _SAMP_EXTENSION {
    PDEVICE_OBJECT LowerDevice;
    PUCHAR Buffer;
} SAMP_EXTENSION, *PSAMP_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
DRIVER_ADD_DEVICE SampAddDevice;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH SampPnp;

_Use_decl_annotations_
NTSTATUS SampPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSAMP_EXTENSION ext = (PSAMP_EXTENSION)DeviceObject->DeviceExtension;
    PDEVICE_OBJECT lower = ext->LowerDevice;
    UCHAR minor = IoGetCurrentIrpStackLocation(Irp)->MinorFunction;
    NTSTATUS status;

    if (minor == IRP_MN_REMOVE_DEVICE) {
        Irp->IoStatus.Status = STATUS_SUCCESS;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(lower, Irp);
    if (minor == IRP_MN_REMOVE_DEVICE) {
        ExFreePoolWithTag(ext->Buffer, SAMP_TAG);
        IoDetachDevice(lower);
        IoDeleteDevice(DeviceObject);
    }
    return status;
}

_Use_decl_annotations_
NTSTATUS SampAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PDEVICE_OBJECT fdo;
    PSAMP_EXTENSION ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(SAMP_EXTENSION), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PSAMP_EXTENSION)fdo->DeviceExtension;
    ext->LowerDevice = IoAttachDeviceToDeviceStack(fdo, PhysicalDeviceObject);
    if (ext->LowerDevice == NULL) {
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }
    ext->Buffer = (PUCHAR)ExAllocatePoolWithTag(NonPagedPoolNx, SAMP_BUFFER_SIZE, SAMP_TAG);
    if (ext->Buffer == NULL) {
        IoDetachDevice(ext->LowerDevice);
        IoDeleteDevice(fdo);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    fdo->Flags |= DO_POWER_PAGABLE;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverExtension->AddDevice = SampAddDevice;
    DriverObject->MajorFunction[IRP_MJ_PNP] = SampPnp;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
