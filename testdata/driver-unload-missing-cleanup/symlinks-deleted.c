// driver-unload-missing-cleanup: DriverEntry gives its control device two
// symbolic links: \DosDevices\SampLink with IoCreateSymbolicLink and
// \DosDevices\SampPublic with IoCreateUnprotectedSymbolicLink. SampUnload
// deletes both, by the same names (one rebuilt with RtlInitUnicodeString, one
// with RTL_CONSTANT_STRING), before deleting the device. Silent.
// symlink-not-deleted.c and unprotected-symlink-not-deleted.c are the firing
// twins.
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
    UNICODE_STRING linkName;
    UNICODE_STRING publicName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampPublic");

    UNREFERENCED_PARAMETER(DriverObject);
    RtlInitUnicodeString(&linkName, L"\\DosDevices\\SampLink");
    IoDeleteSymbolicLink(&linkName);
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
    status = IoCreateSymbolicLink(&linkName, &deviceName);
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
