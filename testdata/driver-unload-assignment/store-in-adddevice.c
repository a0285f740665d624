// driver-unload-assignment (b): a PnP driver that fills in its dispatch table
// in AddDevice, which the PnP manager calls once per device long after
// DriverEntry returned (and never, if no device is present). The driver object
// must be set up by DriverEntry or the functions it calls. Fires on both
// MajorFunction stores in AddDevice.
#include <ntddk.h>

typedef struct _SAMP_EXTENSION {
    PDEVICE_OBJECT LowerDevice;
} SAMP_EXTENSION, *PSAMP_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE SampAddDevice;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_PNP) _Dispatch_type_(IRP_MJ_POWER) DRIVER_DISPATCH SampPassDown;

_Use_decl_annotations_
NTSTATUS SampPassDown(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEVICE_OBJECT lower = ((PSAMP_EXTENSION)DeviceObject->DeviceExtension)->LowerDevice;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    BOOLEAN remove = stack->MajorFunction == IRP_MJ_PNP && stack->MinorFunction == IRP_MN_REMOVE_DEVICE;
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
NTSTATUS SampAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PDEVICE_OBJECT device;
    PSAMP_EXTENSION ext;
    NTSTATUS status;

    DriverObject->MajorFunction[IRP_MJ_PNP] = SampPassDown; // expect: driver-unload-assignment "which is not DriverEntry nor called from it"
    DriverObject->MajorFunction[IRP_MJ_POWER] = SampPassDown; // expect: driver-unload-assignment "which is not DriverEntry nor called from it"

    status = IoCreateDevice(DriverObject, sizeof(SAMP_EXTENSION), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &device);
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
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject); // devices are deleted on IRP_MN_REMOVE_DEVICE
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverExtension->AddDevice = SampAddDevice;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
