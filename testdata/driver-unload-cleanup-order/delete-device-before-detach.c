// driver-unload-cleanup-order: a legacy filter that attaches its device
// object above \Device\Beep with IoAttachDevice, and whose Unload deletes
// the filter device while it is still attached, detaching it only
// afterwards. The device below keeps a pointer to a deleted device in its
// AttachedDevice field in between. Fires at the IoDeleteDevice call.
// Twin: detach-before-delete-device.c (detaches first).
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
    IoDeleteDevice(gFilterDevice); // expect: driver-unload-cleanup-order "'IoDeleteDevice' deletes the device object before 'IoDetachDevice' detaches it from the device stack: detach first"
    IoDetachDevice(gLowerDevice);
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
