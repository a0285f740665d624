// driver-entry-failure-cleanup: AddDevice of a PnP function driver. It creates
// its FDO and attaches it to the device stack; when IoAttachDeviceToDeviceStack
// returns NULL (nothing was attached) it deletes the FDO it created before
// returning STATUS_NO_SUCH_DEVICE. On success the FDO is released when the
// driver handles IRP_MN_REMOVE_DEVICE (IoDetachDevice, then IoDeleteDevice).
// Silent. Firing twin: adddevice-attach-failed-not-deleted.c.
#include <ntddk.h>

typedef struct _SAMP_EXTENSION {
    PDEVICE_OBJECT LowerDevice;
    PDEVICE_OBJECT Pdo;
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
    ext->Pdo = PhysicalDeviceObject;
    ext->LowerDevice = IoAttachDeviceToDeviceStack(fdo, PhysicalDeviceObject);
    if (ext->LowerDevice == NULL) {
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
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
