// driver-unload-missing-cleanup, identity of symbolic links: DriverEntry
// creates two links with IoCreateSymbolicLink, \DosDevices\SampFirst (from
// the global gFirstLink) and \DosDevices\SampSecond (from a local string).
// SampUnload deletes gFirstLink and rebuilds the second name with
// RtlInitUnicodeString, spelled in lower case: object names are compared
// without regard to case, and so does the rule. Both links are deleted:
// silent. two-symlinks-one-deleted.c is the firing twin.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gDevice;
static UNICODE_STRING gFirstLink = RTL_CONSTANT_STRING(L"\\DosDevices\\SampFirst");

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
    UNICODE_STRING secondLink;

    UNREFERENCED_PARAMETER(DriverObject);
    RtlInitUnicodeString(&secondLink, L"\\dosdevices\\sampsecond");
    IoDeleteSymbolicLink(&secondLink);
    IoDeleteSymbolicLink(&gFirstLink);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampTwoLinks");
    UNICODE_STRING secondLink = RTL_CONSTANT_STRING(L"\\DosDevices\\SampSecond");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateSymbolicLink(&gFirstLink, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gDevice);
        return status;
    }
    status = IoCreateSymbolicLink(&secondLink, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteSymbolicLink(&gFirstLink);
        IoDeleteDevice(gDevice);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
