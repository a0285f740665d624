// driver-use-decl-annotations: a two-file PnP upper filter whose role types
// are declared in filt.h. The routines in this file are defined with
// _Use_decl_annotations_; the two in filt_read.c are not, and fire there.
#include "filt.h"

_Use_decl_annotations_
NTSTATUS FiltAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PDEVICE_OBJECT device;
    PFILT_EXTENSION ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(FILT_EXTENSION), NULL,
                            FILE_DEVICE_UNKNOWN, 0, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PFILT_EXTENSION)device->DeviceExtension;
    ext->BytesRead = 0;
    ext->LowerDevice = IoAttachDeviceToDeviceStack(device, PhysicalDeviceObject);
    if (ext->LowerDevice == NULL) {
        IoDeleteDevice(device);
        return STATUS_NO_SUCH_DEVICE;
    }
    device->Flags |= ext->LowerDevice->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO | DO_POWER_PAGABLE);
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS FiltPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(((PFILT_EXTENSION)DeviceObject->DeviceExtension)->LowerDevice, Irp);
}

_Use_decl_annotations_
NTSTATUS FiltPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEVICE_OBJECT lower = ((PFILT_EXTENSION)DeviceObject->DeviceExtension)->LowerDevice;
    BOOLEAN remove = IoGetCurrentIrpStackLocation(Irp)->MinorFunction == IRP_MN_REMOVE_DEVICE;
    NTSTATUS status;

    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(lower, Irp);
    if (remove) {
        IoDetachDevice(lower);
        IoDeleteDevice(DeviceObject);
    }
    return status;
}

_Use_decl_annotations_
VOID FiltUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject); // devices go away with IRP_MN_REMOVE_DEVICE
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    ULONG i;

    UNREFERENCED_PARAMETER(RegistryPath);
    for (i = 0; i <= IRP_MJ_MAXIMUM_FUNCTION; i++) {
        DriverObject->MajorFunction[i] = FiltPassThrough;
    }
    DriverObject->MajorFunction[IRP_MJ_PNP] = FiltPnp;
    DriverObject->MajorFunction[IRP_MJ_READ] = FiltRead;
    DriverObject->DriverExtension->AddDevice = FiltAddDevice;
    DriverObject->DriverUnload = FiltUnload;
    return STATUS_SUCCESS;
}
