// driver-unload-missing-cleanup: cb-wmi-registration-pnp-remove.c whose
// IRP_MN_REMOVE_DEVICE handling deletes the device without deregistering it
// from WMI, and nothing else in the driver deregisters it. A registration made
// in AddDevice may be undone anywhere in the driver, but it must be undone
// somewhere. Fires on the WMIREG_ACTION_REGISTER call; the fix names the
// remove handling as well as the Unload routine.
#include <ntddk.h>

typedef struct _SAMP_EXTENSION {
    PDEVICE_OBJECT LowerDevice;
} SAMP_EXTENSION, *PSAMP_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
DRIVER_ADD_DEVICE SampAddDevice;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH SampPnp;
_Dispatch_type_(IRP_MJ_SYSTEM_CONTROL) DRIVER_DISPATCH SampSystemControl;

_Use_decl_annotations_
NTSTATUS SampSystemControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSAMP_EXTENSION ext = (PSAMP_EXTENSION)DeviceObject->DeviceExtension;

    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->LowerDevice, Irp);
}

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
    ext->LowerDevice = IoAttachDeviceToDeviceStack(fdo, PhysicalDeviceObject);
    if (ext->LowerDevice == NULL) {
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }
    status = IoWMIRegistrationControl(fdo, WMIREG_ACTION_REGISTER); // expect: driver-unload-missing-cleanup "IoWMIRegistrationControl WMI registration of device 'fdo' is never deregistered: call IoWMIRegistrationControl(fdo, WMIREG_ACTION_DEREGISTER) when handling IRP_MN_REMOVE_DEVICE"
    if (!NT_SUCCESS(status)) {
        IoDetachDevice(ext->LowerDevice);
        IoDeleteDevice(fdo);
        return status;
    }
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
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = SampSystemControl;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
