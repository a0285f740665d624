// driver-role-type: a PnP function driver whose AddDevice routine has an
// ordinary prototype and no DRIVER_ADD_DEVICE declaration, yet is stored in
// DriverObject->DriverExtension->AddDevice. Fires on that prototype.
// adddevice-with-role-type.c is the corrected driver.
#include <ntddk.h>

typedef struct _SAMP_EXTENSION {
    PDEVICE_OBJECT LowerDevice;
} SAMP_EXTENSION, *PSAMP_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH SampPnp;
_Dispatch_type_(IRP_MJ_POWER) _Dispatch_type_(IRP_MJ_SYSTEM_CONTROL) DRIVER_DISPATCH SampPassDown;
NTSTATUS SampAddDevice(_In_ PDRIVER_OBJECT DriverObject, _In_ PDEVICE_OBJECT PhysicalDeviceObject); // expect: driver-role-type "is not declared with role type DRIVER_ADD_DEVICE"

NTSTATUS SampAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PDEVICE_OBJECT device;
    PSAMP_EXTENSION ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(SAMP_EXTENSION), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
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
    UCHAR minor = IoGetCurrentIrpStackLocation(Irp)->MinorFunction;
    NTSTATUS status;

    if (minor == IRP_MN_REMOVE_DEVICE) {
        Irp->IoStatus.Status = STATUS_SUCCESS;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(lower, Irp);
    if (minor == IRP_MN_REMOVE_DEVICE) {
        IoDetachDevice(lower);
        IoDeleteDevice(DeviceObject);
    }
    return status;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    // Every device object was deleted by IRP_MN_REMOVE_DEVICE before Unload.
    UNREFERENCED_PARAMETER(DriverObject);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverExtension->AddDevice = SampAddDevice;
    DriverObject->MajorFunction[IRP_MJ_PNP] = SampPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = SampPassDown;
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = SampPassDown;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
