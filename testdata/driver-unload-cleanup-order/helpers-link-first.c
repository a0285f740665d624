// driver-unload-cleanup-order: the releases are split across two helpers,
// called in the right order: OrdhUnload calls OrdhRemoveLink (deletes the
// symbolic link) and then OrdhDeleteDevices (deletes every device object).
// Silent. Twin: helpers-device-first.c (the helpers called the other way
// round).
#include <ntddk.h>

#define ORDH_DEVICE_NAME L"\\Device\\OrdhControl"
#define ORDH_LINK_NAME L"\\DosDevices\\OrdhControl"

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD OrdhUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH OrdhCreateClose;

_Use_decl_annotations_
NTSTATUS OrdhCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

static VOID OrdhDeleteDevices(PDRIVER_OBJECT DriverObject)
{
    while (DriverObject->DeviceObject != NULL) {
        IoDeleteDevice(DriverObject->DeviceObject);
    }
}

static VOID OrdhRemoveLink(VOID)
{
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(ORDH_LINK_NAME);

    IoDeleteSymbolicLink(&linkName);
}

_Use_decl_annotations_
VOID OrdhUnload(PDRIVER_OBJECT DriverObject)
{
    OrdhRemoveLink();
    OrdhDeleteDevices(DriverObject);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(ORDH_DEVICE_NAME);
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(ORDH_LINK_NAME);
    PDEVICE_OBJECT device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateSymbolicLink(&linkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(device);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = OrdhCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = OrdhCreateClose;
    DriverObject->DriverUnload = OrdhUnload;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
