// driver-shutdown-notification: a non-PnP driver that stores SdlogShutdown in
// MajorFunction[IRP_MJ_SHUTDOWN] but never registers a device object with
// IoRegisterShutdownNotification. Nothing sends IRP_MJ_SHUTDOWN to a
// non-PnP driver that is not in a device stack unless it registers, so the
// routine is never called and the log is never flushed. Fires at the store.
// Twin: registered-unregistered.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SdlogUnload;
_Dispatch_type_(IRP_MJ_SHUTDOWN) DRIVER_DISPATCH SdlogShutdown;

static PDEVICE_OBJECT gLogDevice;
static volatile LONG gDirtyRecords;

_Use_decl_annotations_
NTSTATUS SdlogShutdown(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    DbgPrint("sdlog: flushing %ld records at shutdown\n", InterlockedExchange(&gDirtyRecords, 0));
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

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
    DriverObject->MajorFunction[IRP_MJ_SHUTDOWN] = SdlogShutdown; // expect: driver-shutdown-notification "'SdlogShutdown' is stored in MajorFunction[IRP_MJ_SHUTDOWN] but no device object is registered with IoRegisterShutdownNotification, so it is never called: register the device object in 'DriverEntry'"
    DriverObject->DriverUnload = SdlogUnload;
    gLogDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
