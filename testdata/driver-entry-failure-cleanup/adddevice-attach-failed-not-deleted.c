// driver-entry-failure-cleanup: AddDevice of a PnP function driver. It creates
// its FDO and attaches it to the device stack; when IoAttachDeviceToDeviceStack
// returns NULL (nothing was attached) it returns STATUS_NO_SUCH_DEVICE without
// deleting the FDO it created. The PnP manager never sends
// IRP_MN_REMOVE_DEVICE for a device whose AddDevice failed, so the FDO is
// never deleted and the driver can never unload. Fires at that return (while
// device object 'fdo' is live). Silent twin: adddevice-attach-failed-deleted.c.
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
        return STATUS_NO_SUCH_DEVICE; // expect: driver-entry-failure-cleanup "while device object"
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
