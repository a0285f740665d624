// driver-zw-unload-driver: a legacy file-system filter (it asks to hear of
// every file system that registers, with IoRegisterFsRegistrationChange, and
// withdraws that in SampUnload) unloads its companion driver on request:
// IOCTL_SAMP_UNLOAD_COMPANION calls ZwUnloadDriver from the
// IRP_MJ_DEVICE_CONTROL routine in every build. A file-system filter cannot
// safely be unloaded from a running system and may call ZwUnloadDriver only
// for debugging, never in a retail build (seed 002). Name and status are
// correct. Fires at the call.
// Silent twins: fs-filter-unload-under-dbg.c (the call inside #if DBG),
// zw-unload-helper-service.c (the same kind of call from a driver that is
// not a filter).
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
        status = ZwUnloadDriver(&gCompanionKey); // expect: driver-zw-unload-driver "a file-system filter must not call ZwUnloadDriver"
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
