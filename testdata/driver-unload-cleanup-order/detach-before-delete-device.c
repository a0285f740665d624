// driver-unload-cleanup-order: a legacy filter attached above \Device\Beep
// with IoAttachDevice whose Unload detaches the filter device from the stack
// first and then deletes it: the device below never points at a deleted
// device. Silent. Twin: delete-device-before-detach.c (deletes first).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD FltxUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) _Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH FltxPassThrough;

static PDEVICE_OBJECT gFilterDevice;
static PDEVICE_OBJECT gLowerDevice;

_Use_decl_annotations_
NTSTATUS FltxPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(gLowerDevice, Irp);
}

_Use_decl_annotations_
VOID FltxUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDetachDevice(gLowerDevice);
    IoDeleteDevice(gFilterDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING targetName;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_BEEP, 0, FALSE, &gFilterDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlInitUnicodeString(&targetName, L"\\Device\\Beep");
    status = IoAttachDevice(gFilterDevice, &targetName, &gLowerDevice);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gFilterDevice);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = FltxPassThrough;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = FltxPassThrough;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = FltxPassThrough;
    DriverObject->DriverUnload = FltxUnload;
    gFilterDevice->Flags |= gLowerDevice->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO);
    gFilterDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
