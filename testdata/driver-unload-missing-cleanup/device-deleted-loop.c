// driver-unload-missing-cleanup: DriverEntry creates two device objects (a
// control device kept in gControlDevice and a second one kept in
// gStatusDevice) and a symbolic link. SampUnload deletes the link, then walks
// the driver's device list with
// `while (DriverObject->DeviceObject) IoDeleteDevice(DriverObject->DeviceObject);`,
// which deletes every device the driver created. That release names no
// global, so the rule cannot tell it apart from gControlDevice and
// gStatusDevice and counts it as their release. Silent.
// device-not-deleted.c is the firing counterpart.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gControlDevice;
static PDEVICE_OBJECT gStatusDevice;
static UNICODE_STRING gLinkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampLoop");

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
    IoDeleteSymbolicLink(&gLinkName);
    while (DriverObject->DeviceObject) {
        DbgPrint("samp: deleting device %p\n", DriverObject->DeviceObject);
        IoDeleteDevice(DriverObject->DeviceObject);
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING controlName = RTL_CONSTANT_STRING(L"\\Device\\SampLoop");
    UNICODE_STRING statusName = RTL_CONSTANT_STRING(L"\\Device\\SampLoopStatus");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &controlName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gControlDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateDevice(DriverObject, 0, &statusName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gStatusDevice);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gControlDevice);
        return status;
    }
    status = IoCreateSymbolicLink(&gLinkName, &controlName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gStatusDevice);
        IoDeleteDevice(gControlDevice);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->DriverUnload = SampUnload;
    gControlDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    gStatusDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
