// driver-unload-missing-cleanup: an exclusive device (one client at a time)
// opens a session log with ZwCreateFile into a global when it is opened
// (IRP_MJ_CREATE) and closes it with ZwClose when the client closes it
// (IRP_MJ_CLOSE). A handle opened by a dispatch routine, outside DriverEntry,
// may be closed anywhere in the driver: the Unload routine need not close it
// again. Silent. Firing twin: cb-kernel-handle-create-never-closed.c.
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
    status = ZwCreateFile(&gSessionLog, FILE_APPEND_DATA | SYNCHRONIZE, &attributes, &iosb, NULL,
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
    if (gSessionLog != NULL) {
        ZwClose(gSessionLog);
        gSessionLog = NULL;
    }
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
