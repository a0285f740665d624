// driver-shutdown-notification: a non-PnP driver that registers its device
// with IoRegisterShutdownNotification, has no IRP_MJ_SHUTDOWN routine, and
// never unregisters. Two defects at the same call, two findings there: the
// missing dispatch routine and the registration never undone. Twin:
// registered-unregistered.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SdlogUnload;

static PDEVICE_OBJECT gLogDevice;

_Use_decl_annotations_
VOID SdlogUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
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
    // expect@+2: driver-shutdown-notification "but the driver has no IRP_MJ_SHUTDOWN dispatch routine"
    // expect@+1: driver-shutdown-notification "registration for 'gLogDevice' is never undone"
    status = IoRegisterShutdownNotification(gLogDevice);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gLogDevice);
        return status;
    }
    DriverObject->DriverUnload = SdlogUnload;
    gLogDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
