// driver-unload-missing-cleanup, identities that cannot be compared:
// DriverEntry creates a device into gDevice and a symbolic link named by
// gLinkName. SampUnload hands the link name to SampDeleteLink, whose
// IoDeleteSymbolicLink(LinkName) names only its parameter, and deletes the
// device through a local copy (`device = gDevice; gDevice = NULL;
// IoDeleteDevice(device);`). A parameter or a local variable may hold
// anything, so the rule does not guess that they differ from gLinkName and
// gDevice: it counts them as the releases. Silent. symlink-not-deleted.c and
// device-not-deleted.c are firing counterparts.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gDevice;
static UNICODE_STRING gLinkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampParam");

_Use_decl_annotations_
NTSTATUS SampCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

static VOID SampDeleteLink(PUNICODE_STRING LinkName)
{
    NTSTATUS status = IoDeleteSymbolicLink(LinkName);

    if (!NT_SUCCESS(status)) {
        DbgPrint("samp: deleting %wZ failed with %08x\n", LinkName, status);
    }
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    PDEVICE_OBJECT device;

    UNREFERENCED_PARAMETER(DriverObject);
    SampDeleteLink(&gLinkName);
    device = gDevice;
    gDevice = NULL;
    IoDeleteDevice(device);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampParam");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateSymbolicLink(&gLinkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gDevice);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
