// driver-unload-missing-cleanup: a PnP function driver registers
// SampOnCompanionChange with IoRegisterPlugPlayNotification in SampAddDevice
// (handle in ext->CompanionNotification, the device extension as context),
// but its IRP_MN_REMOVE_DEVICE handling deletes the device, and with it the
// extension, without unregistering; nothing else unregisters either. The
// callback would then run with a freed context, and the registration keeps
// the driver loaded. Fires on the IoRegisterPlugPlayNotification call.
// pnp-notification-unregistered-on-remove.c is the silent twin.
#include <ntddk.h>
#include <wdmguid.h>

typedef struct _SAMP_DEVICE_EXTENSION {
    PDEVICE_OBJECT LowerDevice;
    PVOID CompanionNotification;
    volatile LONG CompanionPresent;
} SAMP_DEVICE_EXTENSION, *PSAMP_DEVICE_EXTENSION;

static const GUID SampCompanionClass = { 0x61c0d2a4, 0x1e9b, 0x4d36, { 0xa7, 0x05, 0x5e, 0x8c, 0x13, 0xb9, 0x40, 0x2f } };

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
DRIVER_ADD_DEVICE SampAddDevice;
DRIVER_NOTIFICATION_CALLBACK_ROUTINE SampOnCompanionChange;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH SampDispatchPnp;
_Dispatch_type_(IRP_MJ_POWER) DRIVER_DISPATCH SampDispatchPower;

_Use_decl_annotations_
NTSTATUS SampOnCompanionChange(PVOID NotificationStructure, PVOID Context)
{
    PDEVICE_INTERFACE_CHANGE_NOTIFICATION change = (PDEVICE_INTERFACE_CHANGE_NOTIFICATION)NotificationStructure;
    PSAMP_DEVICE_EXTENSION ext = (PSAMP_DEVICE_EXTENSION)Context;

    if (IsEqualGUID(&change->Event, &GUID_DEVICE_INTERFACE_ARRIVAL)) {
        InterlockedExchange(&ext->CompanionPresent, 1);
    } else if (IsEqualGUID(&change->Event, &GUID_DEVICE_INTERFACE_REMOVAL)) {
        InterlockedExchange(&ext->CompanionPresent, 0);
    }
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS SampDispatchPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSAMP_DEVICE_EXTENSION ext = (PSAMP_DEVICE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    if (stack->MinorFunction == IRP_MN_REMOVE_DEVICE) {
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->LowerDevice, Irp);
        IoDetachDevice(ext->LowerDevice);
        IoDeleteDevice(DeviceObject);
        return status;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->LowerDevice, Irp);
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
    ext->CompanionPresent = 0;
    ext->LowerDevice = IoAttachDeviceToDeviceStack(device, PhysicalDeviceObject);
    if (ext->LowerDevice == NULL) {
        IoDeleteDevice(device);
        return STATUS_NO_SUCH_DEVICE;
    }
    status = IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange, 0, (PVOID)&SampCompanionClass, // expect: driver-unload-missing-cleanup "IoRegisterPlugPlayNotification registration 'ext->CompanionNotification' is never unregistered, so the system never calls the Unload routine 'SampUnload': call IoUnregisterPlugPlayNotificationEx(ext->CompanionNotification)"
                                            DriverObject, SampOnCompanionChange, ext,
                                            &ext->CompanionNotification);
    if (!NT_SUCCESS(status)) {
        IoDetachDevice(ext->LowerDevice);
        IoDeleteDevice(device);
        return status;
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
