// driver-unload-missing-cleanup: a PnP function driver registers a device
// interface for its PDO in SampAddDevice (the name goes to
// ext->InterfaceName), enables it with IoSetDeviceInterfaceState(.., TRUE)
// once IRP_MN_START_DEVICE has succeeded below it, and disables it with
// IoSetDeviceInterfaceState(&ext->InterfaceName, FALSE) on
// IRP_MN_REMOVE_DEVICE, before detaching and deleting its device. SampUnload
// is empty. Silent. interface-not-disabled.c is the firing twin.
#include <ntddk.h>

typedef struct _SAMP_DEVICE_EXTENSION {
    PDEVICE_OBJECT LowerDevice;
    UNICODE_STRING InterfaceName;
} SAMP_DEVICE_EXTENSION, *PSAMP_DEVICE_EXTENSION;

static const GUID SampInterfaceClass = { 0x9d3b6c1e, 0x58a2, 0x4f07, { 0xb1, 0x6e, 0x3c, 0x02, 0x7d, 0x94, 0xe5, 0x1a } };

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
DRIVER_ADD_DEVICE SampAddDevice;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH SampDispatchPnp;
_Dispatch_type_(IRP_MJ_POWER) DRIVER_DISPATCH SampDispatchPower;

_Use_decl_annotations_
NTSTATUS SampDispatchPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSAMP_DEVICE_EXTENSION ext = (PSAMP_DEVICE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
        IoForwardIrpSynchronously(ext->LowerDevice, Irp);
        status = Irp->IoStatus.Status;
        if (NT_SUCCESS(status)) {
            status = IoSetDeviceInterfaceState(&ext->InterfaceName, TRUE);
        }
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    case IRP_MN_REMOVE_DEVICE:
        IoSetDeviceInterfaceState(&ext->InterfaceName, FALSE);
        RtlFreeUnicodeString(&ext->InterfaceName);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->LowerDevice, Irp);
        IoDetachDevice(ext->LowerDevice);
        IoDeleteDevice(DeviceObject);
        return status;
    default:
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(ext->LowerDevice, Irp);
    }
}

_Use_decl_annotations_
NTSTATUS SampDispatchPower(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSAMP_DEVICE_EXTENSION ext = (PSAMP_DEVICE_EXTENSION)DeviceObject->DeviceExtension;

    PoStartNextPowerIrp(Irp);
    IoSkipCurrentIrpStackLocation(Irp);
    return PoCallDriver(ext->LowerDevice, Irp);
}

_Use_decl_annotations_
NTSTATUS SampAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PDEVICE_OBJECT device;
    PSAMP_DEVICE_EXTENSION ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(SAMP_DEVICE_EXTENSION), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PSAMP_DEVICE_EXTENSION)device->DeviceExtension;
    status = IoRegisterDeviceInterface(PhysicalDeviceObject, &SampInterfaceClass, NULL, &ext->InterfaceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(device);
        return status;
    }
    ext->LowerDevice = IoAttachDeviceToDeviceStack(device, PhysicalDeviceObject);
    if (ext->LowerDevice == NULL) {
        RtlFreeUnicodeString(&ext->InterfaceName);
        IoDeleteDevice(device);
        return STATUS_NO_SUCH_DEVICE;
    }
    device->Flags |= DO_BUFFERED_IO | DO_POWER_PAGABLE;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
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
    DriverObject->MajorFunction[IRP_MJ_PNP] = SampDispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = SampDispatchPower;
    DriverObject->DriverExtension->AddDevice = SampAddDevice;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
