// driver-unload-missing-cleanup: a file system recognizer creates its control
// device object and registers it with IoRegisterFileSystem, so the I/O manager
// offers it each new volume to mount. Its Unload routine unregisters the
// device with IoUnregisterFileSystem before deleting it. Silent. Firing twin:
// cb-file-system-never-unregistered.c.
#include <ntifs.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_FILE_SYSTEM_CONTROL) DRIVER_DISPATCH SampFsControl;

static PDEVICE_OBJECT gFsControlDevice;

_Use_decl_annotations_
NTSTATUS SampFsControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_UNRECOGNIZED_VOLUME;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_UNRECOGNIZED_VOLUME;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoUnregisterFileSystem(gFsControlDevice);
    IoDeleteDevice(gFsControlDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\FileSystem\\SampRecognizer");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_DISK_FILE_SYSTEM, 0, FALSE,
                            &gFsControlDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_FILE_SYSTEM_CONTROL] = SampFsControl;
    DriverObject->DriverUnload = SampUnload;
    IoRegisterFileSystem(gFsControlDevice);
    return STATUS_SUCCESS;
}
