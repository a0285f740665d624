// driver-shutdown-notification: a non-PnP driver that registers with
// IoRegisterLastChanceShutdownNotification (and undoes it in Unload) but has
// no MajorFunction[IRP_MJ_SHUTDOWN] routine for the IRP the registration
// asks for. Fires at the registration. Twin: last-chance-unregistered.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SdlogUnload;

static PDEVICE_OBJECT gLogDevice;

_Use_decl_annotations_
VOID SdlogUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoUnregisterShutdownNotification(gLogDevice);
    IoDeleteDevice(gLogDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &gLogDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoRegisterLastChanceShutdownNotification(gLogDevice); // expect: driver-shutdown-notification "IoRegisterLastChanceShutdownNotification registers 'gLogDevice' for IRP_MJ_SHUTDOWN, but the driver has no IRP_MJ_SHUTDOWN dispatch routine"
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gLogDevice);
        return status;
    }
    DriverObject->DriverUnload = SdlogUnload;
    gLogDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
