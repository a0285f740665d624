// driver-shutdown-notification: a PnP function driver (it has an AddDevice
// routine) with an IRP_MJ_SHUTDOWN routine and no call to
// IoRegisterShutdownNotification. Its device object sits in a PnP device
// stack, so the shutdown IRP sent to that stack reaches it from above. Silent.
// Twin: shutdown-dispatch-never-registered.c (a non-PnP driver in no stack).
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
