// driver-unload-missing-cleanup: a PnP filter driver. SampAddDevice creates
// the filter device with IoCreateDevice and attaches it above the PDO with
// IoAttachDeviceToDeviceStack (result in ext->LowerDevice). The IRP_MJ_PNP
// dispatch routine handles IRP_MN_REMOVE_DEVICE through SampRemoveDevice,
// which detaches (IoDetachDevice(ext->LowerDevice)) and deletes the device.
// SampUnload is empty, as it should be in a PnP driver: by the time it runs
// every device has been removed. Device objects and attachments may be
// released on IRP_MN_REMOVE_DEVICE, so the rule is silent.
// pnp-filter-not-detached-on-remove.c is the firing twin.
#include <ntddk.h>

typedef struct _SAMP_FILTER_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT LowerDevice;
} SAMP_FILTER_EXTENSION, *PSAMP_FILTER_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
DRIVER_ADD_DEVICE SampAddDevice;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH SampDispatchPnp;
_Dispatch_type_(IRP_MJ_POWER) DRIVER_DISPATCH SampDispatchPower;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) _Dispatch_type_(IRP_MJ_READ)
_Dispatch_type_(IRP_MJ_WRITE) _Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SampPassThrough;

static NTSTATUS SampRemoveDevice(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSAMP_FILTER_EXTENSION ext = (PSAMP_FILTER_EXTENSION)DeviceObject->DeviceExtension;
    NTSTATUS status;

    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(ext->LowerDevice, Irp);
    IoDetachDevice(ext->LowerDevice);
    IoDeleteDevice(DeviceObject);
    return status;
}

_Use_decl_annotations_
NTSTATUS SampDispatchPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSAMP_FILTER_EXTENSION ext = (PSAMP_FILTER_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    if (stack->MinorFunction == IRP_MN_REMOVE_DEVICE) {
        return SampRemoveDevice(DeviceObject, Irp);
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->LowerDevice, Irp);
}

_Use_decl_annotations_
NTSTATUS SampDispatchPower(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSAMP_FILTER_EXTENSION ext = (PSAMP_FILTER_EXTENSION)DeviceObject->DeviceExtension;

    PoStartNextPowerIrp(Irp);
    IoSkipCurrentIrpStackLocation(Irp);
    return PoCallDriver(ext->LowerDevice, Irp);
}

_Use_decl_annotations_
NTSTATUS SampPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSAMP_FILTER_EXTENSION ext = (PSAMP_FILTER_EXTENSION)DeviceObject->DeviceExtension;

    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->LowerDevice, Irp);
}

_Use_decl_annotations_
NTSTATUS SampAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PDEVICE_OBJECT filter;
    PSAMP_FILTER_EXTENSION ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(SAMP_FILTER_EXTENSION), NULL, FILE_DEVICE_UNKNOWN,
                            0, FALSE, &filter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PSAMP_FILTER_EXTENSION)filter->DeviceExtension;
    ext->Self = filter;
    ext->LowerDevice = IoAttachDeviceToDeviceStack(filter, PhysicalDeviceObject);
    if (ext->LowerDevice == NULL) {
        IoDeleteDevice(filter);
        return STATUS_NO_SUCH_DEVICE;
    }
    filter->Flags |= ext->LowerDevice->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO | DO_POWER_PAGABLE);
    filter->DeviceType = ext->LowerDevice->DeviceType;
    filter->Characteristics = ext->LowerDevice->Characteristics;
    filter->Flags &= ~DO_DEVICE_INITIALIZING;
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
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampPassThrough;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampPassThrough;
    DriverObject->MajorFunction[IRP_MJ_READ] = SampPassThrough;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = SampPassThrough;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SampPassThrough;
    DriverObject->DriverExtension->AddDevice = SampAddDevice;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
