// driver-shutdown-notification: a PnP function driver that needs shutdown
// notification for each of its devices: PsdAddDevice registers the new device
// object with IoRegisterShutdownNotification, and the IRP_MN_REMOVE_DEVICE
// handler unregisters it with IoUnregisterShutdownNotification(DeviceObject)
// before deleting it. The registration belongs to the device, and a PnP
// driver's devices are all removed before it unloads, so Unload has nothing
// to undo. Silent. Twin: pnp-registered-never-unregistered.c.
#include <ntddk.h>

typedef struct _PSD_EXTENSION {
    PDEVICE_OBJECT Lower;
} PSD_EXTENSION, *PPSD_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PsdUnload;
DRIVER_ADD_DEVICE PsdAddDevice;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH PsdDispatchPnp;
_Dispatch_type_(IRP_MJ_SHUTDOWN) DRIVER_DISPATCH PsdShutdown;

_Use_decl_annotations_
NTSTATUS PsdShutdown(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PPSD_EXTENSION ext = (PPSD_EXTENSION)DeviceObject->DeviceExtension;

    DbgPrint("psd: shutdown\n");
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

_Use_decl_annotations_
NTSTATUS PsdDispatchPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PPSD_EXTENSION ext = (PPSD_EXTENSION)DeviceObject->DeviceExtension;
    PDEVICE_OBJECT lower = ext->Lower;
    NTSTATUS status;

    if (IoGetCurrentIrpStackLocation(Irp)->MinorFunction == IRP_MN_REMOVE_DEVICE) {
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(lower, Irp);
        IoUnregisterShutdownNotification(DeviceObject);
        IoDetachDevice(lower);
        IoDeleteDevice(DeviceObject);
        return status;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(lower, Irp);
}

_Use_decl_annotations_
NTSTATUS PsdAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PDEVICE_OBJECT fdo;
    PPSD_EXTENSION ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(PSD_EXTENSION), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PPSD_EXTENSION)fdo->DeviceExtension;
    ext->Lower = IoAttachDeviceToDeviceStack(fdo, PhysicalDeviceObject);
    if (ext->Lower == NULL) {
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }
    status = IoRegisterShutdownNotification(fdo);
    if (!NT_SUCCESS(status)) {
        IoDetachDevice(ext->Lower);
        IoDeleteDevice(fdo);
        return status;
    }
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID PsdUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverExtension->AddDevice = PsdAddDevice;
    DriverObject->MajorFunction[IRP_MJ_PNP] = PsdDispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_SHUTDOWN] = PsdShutdown;
    DriverObject->DriverUnload = PsdUnload;
    return STATUS_SUCCESS;
}
