// driver-shutdown-notification: a non-PnP driver that registers its device
// with IoRegisterShutdownNotification but never stores a routine in
// MajorFunction[IRP_MJ_SHUTDOWN]: the I/O manager sends the shutdown IRP to
// the default dispatch routine, which fails it, and the driver's shutdown
// work never runs. Fires at the registration. (The registration is undone in
// Unload, so that is the only finding.) Twin: registered-unregistered.c.
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
    status = IoRegisterShutdownNotification(gLogDevice); // expect: driver-shutdown-notification "IoRegisterShutdownNotification registers 'gLogDevice' for IRP_MJ_SHUTDOWN, but the driver has no IRP_MJ_SHUTDOWN dispatch routine: set DriverObject->MajorFunction[IRP_MJ_SHUTDOWN] in 'DriverEntry'"
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gLogDevice);
        return status;
    }
    DriverObject->DriverUnload = SdlogUnload;
    gLogDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
