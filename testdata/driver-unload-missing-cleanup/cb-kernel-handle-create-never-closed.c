// driver-unload-missing-cleanup: cb-kernel-handle-create-close.c whose
// IRP_MJ_CLOSE routine forgets to close the session log, and nothing else in
// the driver closes it: each open leaks a handle, and the last one outlives
// the driver. Fires on the ZwCreateFile call in the IRP_MJ_CREATE routine.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) DRIVER_DISPATCH SampCreate;
_Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampClose;

static HANDLE gSessionLog;

_Use_decl_annotations_
NTSTATUS SampCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNICODE_STRING path = RTL_CONSTANT_STRING(L"\\SystemRoot\\Temp\\samp-session.log");
    OBJECT_ATTRIBUTES attributes;
    IO_STATUS_BLOCK iosb;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);
    InitializeObjectAttributes(&attributes, &path, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    status = ZwCreateFile(&gSessionLog, FILE_APPEND_DATA | SYNCHRONIZE, &attributes, &iosb, NULL, // expect: driver-unload-missing-cleanup "ZwCreateFile handle 'gSessionLog' is never closed: call ZwClose(gSessionLog)"
                          FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ, FILE_OVERWRITE_IF,
                          FILE_SYNCHRONOUS_IO_NONALERT | FILE_NON_DIRECTORY_FILE, NULL, 0);
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS SampClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
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
    IoDeleteDevice(DriverObject->DeviceObject);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\SampSession");
    PDEVICE_OBJECT device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN,
                            TRUE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreate;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampClose;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
