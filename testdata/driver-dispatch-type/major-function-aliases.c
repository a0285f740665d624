// driver-dispatch-type: IRP_MJ_PNP_POWER and IRP_MJ_SCSI are the old names of
// IRP_MJ_PNP and IRP_MJ_INTERNAL_DEVICE_CONTROL (same values). An annotation
// written with one name matches a store written with the other. Silent.
#include <ntddk.h>

typedef struct _SAMP_EXTENSION {
    PDEVICE_OBJECT LowerDevice;
} SAMP_EXTENSION, *PSAMP_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE SampAddDevice;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_PNP_POWER) DRIVER_DISPATCH SampPnp;
_Dispatch_type_(IRP_MJ_SCSI) _Dispatch_type_(IRP_MJ_POWER) DRIVER_DISPATCH SampPassDown;

_Use_decl_annotations_
NTSTATUS SampAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PDEVICE_OBJECT device;
    PSAMP_EXTENSION ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(SAMP_EXTENSION), NULL,
                            FILE_DEVICE_CONTROLLER, 0, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PSAMP_EXTENSION)device->DeviceExtension;
    ext->LowerDevice = IoAttachDeviceToDeviceStack(device, PhysicalDeviceObject);
    if (ext->LowerDevice == NULL) {
        IoDeleteDevice(device);
        return STATUS_NO_SUCH_DEVICE;
    }
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS SampPassDown(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(((PSAMP_EXTENSION)DeviceObject->DeviceExtension)->LowerDevice, Irp);
}

_Use_decl_annotations_
NTSTATUS SampPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEVICE_OBJECT lower = ((PSAMP_EXTENSION)DeviceObject->DeviceExtension)->LowerDevice;
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
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject); // devices are gone after IRP_MN_REMOVE_DEVICE
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverExtension->AddDevice = SampAddDevice;
    DriverObject->MajorFunction[IRP_MJ_PNP] = SampPnp;
    DriverObject->MajorFunction[IRP_MJ_INTERNAL_DEVICE_CONTROL] = SampPassDown;
    DriverObject->MajorFunction[IRP_MJ_POWER] = SampPassDown;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
