// driver-shutdown-notification: a non-PnP driver registered with
// IoRegisterLastChanceShutdownNotification, with its IRP_MJ_SHUTDOWN routine,
// whose Unload deletes the device without IoUnregisterShutdownNotification:
// the last-chance registration outlives the driver. Fires at the
// registration. Twin: last-chance-unregistered.c.
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
    DriverObject->MajorFunction[IRP_MJ_SHUTDOWN] = SdlogShutdown;
    status = IoRegisterLastChanceShutdownNotification(gLogDevice); // expect: driver-shutdown-notification "IoRegisterLastChanceShutdownNotification registration for 'gLogDevice' is never undone: call IoUnregisterShutdownNotification(gLogDevice) in 'SdlogUnload'"
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gLogDevice);
        return status;
    }
    DriverObject->DriverUnload = SdlogUnload;
    gLogDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
