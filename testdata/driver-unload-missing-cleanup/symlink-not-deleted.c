// driver-unload-missing-cleanup: DriverEntry gives its control device two
// symbolic links, \DosDevices\SampLink (IoCreateSymbolicLink) and
// \DosDevices\SampPublic (IoCreateUnprotectedSymbolicLink), but SampUnload
// deletes only \DosDevices\SampPublic. \DosDevices\SampLink stays in the
// object namespace pointing at a deleted device, and the next load of the
// driver fails to create it. Fires once, on the IoCreateSymbolicLink call.
// symlinks-deleted.c is the silent twin.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gDevice;

_Use_decl_annotations_
NTSTATUS SampCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNICODE_STRING publicName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampPublic");

    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteSymbolicLink(&publicName);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampLink");
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampLink");
    UNICODE_STRING publicName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampPublic");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateSymbolicLink(&linkName, &deviceName); // expect: driver-unload-missing-cleanup "IoCreateSymbolicLink symbolic link '\DosDevices\SampLink' is never deleted: call IoDeleteSymbolicLink(&linkName) in 'SampUnload'"
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gDevice);
        return status;
    }
    status = IoCreateUnprotectedSymbolicLink(&publicName, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteSymbolicLink(&linkName);
        IoDeleteDevice(gDevice);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
