// driver-unload-cleanup-order: a control-device driver whose Unload removes
// the symbolic link \DosDevices\OrdLink first and then deletes the device
// object it names: nothing can open the device by the link once it is being
// deleted. Silent. Twin: delete-device-before-link.c (device deleted first).
#include <ntddk.h>

#define ORD_DEVICE_NAME L"\\Device\\OrdDevice"
#define ORD_LINK_NAME L"\\DosDevices\\OrdLink"

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD OrdUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH OrdCreateClose;

static PDEVICE_OBJECT gDevice;

_Use_decl_annotations_
NTSTATUS OrdCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID OrdUnload(PDRIVER_OBJECT DriverObject)
{
    UNICODE_STRING linkName;

    UNREFERENCED_PARAMETER(DriverObject);
    RtlInitUnicodeString(&linkName, ORD_LINK_NAME);
    IoDeleteSymbolicLink(&linkName);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName;
    UNICODE_STRING linkName;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    RtlInitUnicodeString(&deviceName, ORD_DEVICE_NAME);
    RtlInitUnicodeString(&linkName, ORD_LINK_NAME);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateSymbolicLink(&linkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gDevice);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = OrdCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = OrdCreateClose;
    DriverObject->DriverUnload = OrdUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
