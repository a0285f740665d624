// driver-shutdown-notification: a file system stores an IRP_MJ_SHUTDOWN routine
// without IoRegisterShutdownNotification. The I/O manager sends IRP_MJ_SHUTDOWN
// to every file system registered with IoRegisterFileSystem, so the routine is
// called. Silent. shutdown-dispatch-never-registered.c is the firing twin.
#include <ntifs.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD FsUnload;
_Dispatch_type_(IRP_MJ_SHUTDOWN) DRIVER_DISPATCH FsDispatchShutdown;
PDEVICE_OBJECT g_FsDevice;
_Use_decl_annotations_
NTSTATUS FsDispatchShutdown(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
_Use_decl_annotations_
VOID FsUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoUnregisterFileSystem(g_FsDevice);
    IoDeleteDevice(g_FsDevice);
}
_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\FileSystem\\SampleFs");
    NTSTATUS status;
    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_DISK_FILE_SYSTEM, 0, FALSE, &g_FsDevice);
    if (!NT_SUCCESS(status)) return status;
    DriverObject->MajorFunction[IRP_MJ_SHUTDOWN] = FsDispatchShutdown;
    DriverObject->DriverUnload = FsUnload;
    IoRegisterFileSystem(g_FsDevice);
    return STATUS_SUCCESS;
}
