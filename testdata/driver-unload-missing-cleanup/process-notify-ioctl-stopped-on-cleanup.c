// driver-unload-missing-cleanup: a registration made outside DriverEntry. The
// driver's client starts process monitoring with IOCTL_SAMP_START, whose
// handler registers SampOnProcess with PsSetCreateProcessNotifyRoutineEx;
// the IRP_MJ_CLEANUP routine removes it when the client's handle goes away.
// An open handle keeps the driver from unloading, so the removal always runs
// before SampUnload. A registration made only in a dispatch routine may be
// undone by any routine of the driver: silent.
// process-notify-ioctl-never-stopped.c is the firing twin.
#include <ntddk.h>

#define IOCTL_SAMP_START CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_WRITE_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH SampDispatchCleanup;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SampDeviceControl;

static PDEVICE_OBJECT gDevice;
static UNICODE_STRING gLinkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampMonitor");
static KGUARDED_MUTEX gMonitorLock;
static BOOLEAN gMonitoring;

static VOID SampOnProcess(PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    if (CreateInfo != NULL) {
        DbgPrint("samp: process %p created\n", ProcessId);
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
NTSTATUS SampDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    KeAcquireGuardedMutex(&gMonitorLock);
    if (gMonitoring) {
        PsSetCreateProcessNotifyRoutineEx(SampOnProcess, TRUE);
        gMonitoring = FALSE;
    }
    KeReleaseGuardedMutex(&gMonitorLock);
    return SampCompleteIrp(Irp, STATUS_SUCCESS);
}

_Use_decl_annotations_
NTSTATUS SampDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_SAMP_START) {
        KeAcquireGuardedMutex(&gMonitorLock);
        status = STATUS_SUCCESS;
        if (!gMonitoring) {
            status = PsSetCreateProcessNotifyRoutineEx(SampOnProcess, FALSE);
            gMonitoring = NT_SUCCESS(status);
        }
        KeReleaseGuardedMutex(&gMonitorLock);
    }
    return SampCompleteIrp(Irp, status);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteSymbolicLink(&gLinkName);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampMonitor");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeGuardedMutex(&gMonitorLock);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, TRUE, &gDevice);
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
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = SampDispatchCleanup;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SampDeviceControl;
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
