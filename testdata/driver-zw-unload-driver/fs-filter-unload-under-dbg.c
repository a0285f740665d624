// driver-zw-unload-driver: fs-filter-unload-ioctl.c with the call to
// ZwUnloadDriver inside #if DBG: a file-system filter may unload its companion
// for debugging, in a checked build only (seed 002); the retail build answers
// STATUS_NOT_SUPPORTED. Silent in both configurations: in a free build (the
// default, DBG undefined) the call is not compiled in; in a checked build
// (-DDBG=1) it is, inside the #if DBG block.
// Firing twins: fs-filter-unload-ioctl.c (the call in every build),
// fs-filter-unload-after-dbg-block.c (the call just after a #if DBG block).
#include <ntifs.h>

#define IOCTL_SAMP_UNLOAD_COMPANION CTL_CODE(FILE_DEVICE_UNKNOWN, 0x802, METHOD_BUFFERED, FILE_WRITE_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
DRIVER_FS_NOTIFICATION SampFsNotification;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SampDeviceControl;

static PDEVICE_OBJECT gControlDevice;
static volatile LONG gActiveFileSystems;
static UNICODE_STRING gCompanionKey =
    RTL_CONSTANT_STRING(L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\SampCompanion");

_Use_decl_annotations_
VOID SampFsNotification(PDEVICE_OBJECT DeviceObject, BOOLEAN FsActive)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    if (FsActive) {
        InterlockedIncrement(&gActiveFileSystems);
    } else {
        InterlockedDecrement(&gActiveFileSystems);
    }
}

static NTSTATUS SampCompleteIrp(PIRP Irp, NTSTATUS Status)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

_Use_decl_annotations_
NTSTATUS SampCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return SampCompleteIrp(Irp, STATUS_SUCCESS);
}

_Use_decl_annotations_
NTSTATUS SampDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_SAMP_UNLOAD_COMPANION) {
#if DBG
        status = ZwUnloadDriver(&gCompanionKey);
#else
        status = STATUS_NOT_SUPPORTED;
#endif
    }
    return SampCompleteIrp(Irp, status);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    IoUnregisterFsRegistrationChange(DriverObject, SampFsNotification);
    IoDeleteDevice(gControlDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\FileSystem\\Filters\\SampFilterControl");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_DISK_FILE_SYSTEM,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gControlDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoRegisterFsRegistrationChange(DriverObject, SampFsNotification);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gControlDevice);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SampDeviceControl;
    DriverObject->DriverUnload = SampUnload;
    gControlDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
