// driver-unload-missing-cleanup: a legacy (non-PnP) filter attaches its
// filter device above \Device\SampTarget with IoAttachDevice (the device
// attached to lands in gLowerDevice), but SampUnload only deletes the filter
// device and never calls IoDetachDevice: the target's stack keeps pointing at
// a device of an unloaded driver. Fires on the IoAttachDevice call.
// attach-device-detached.c is the silent twin.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) _Dispatch_type_(IRP_MJ_READ)
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SampPassThrough;

static PDEVICE_OBJECT gFilterDevice;
static PDEVICE_OBJECT gLowerDevice;

_Use_decl_annotations_
NTSTATUS SampPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(gLowerDevice, Irp);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gFilterDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING targetName = RTL_CONSTANT_STRING(L"\\Device\\SampTarget");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &gFilterDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoAttachDevice(gFilterDevice, &targetName, &gLowerDevice); // expect: driver-unload-missing-cleanup "IoAttachDevice attachment 'gLowerDevice' is never detached: call IoDetachDevice(gLowerDevice) in 'SampUnload'"
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gFilterDevice);
        return status;
    }
    gFilterDevice->Flags |= gLowerDevice->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampPassThrough;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampPassThrough;
    DriverObject->MajorFunction[IRP_MJ_READ] = SampPassThrough;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SampPassThrough;
    DriverObject->DriverUnload = SampUnload;
    gFilterDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
