// driver-unload-missing-cleanup: a non-PnP driver creates a control device and
// registers it as a WMI data provider with
// IoWMIRegistrationControl(gControlDevice, WMIREG_ACTION_REGISTER). Its Unload
// routine deregisters it (WMIREG_ACTION_DEREGISTER) before deleting the
// device. Silent. Firing twin: cb-wmi-registration-never-deregistered.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_SYSTEM_CONTROL) DRIVER_DISPATCH SampSystemControl;

static PDEVICE_OBJECT gControlDevice;

_Use_decl_annotations_
NTSTATUS SampSystemControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    NTSTATUS status = Irp->IoStatus.Status;

    UNREFERENCED_PARAMETER(DeviceObject);
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoWMIRegistrationControl(gControlDevice, WMIREG_ACTION_DEREGISTER);
    IoDeleteDevice(gControlDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\SampWmi");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN,
                            FALSE, &gControlDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoWMIRegistrationControl(gControlDevice, WMIREG_ACTION_REGISTER);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gControlDevice);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = SampSystemControl;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
