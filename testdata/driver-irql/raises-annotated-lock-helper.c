// driver-irql: a driver whose helper LockIfOpen takes the spin lock gLock and
// returns with it held when the device is open (it releases it and fails when
// the device is closed). It is declared _IRQL_raises_(DISPATCH_LEVEL): on
// success the caller continues at DISPATCH_LEVEL. The IRP_MJ_DEVICE_CONTROL
// routine (PASSIVE_LEVEL) updates the state and releases the lock with
// KeReleaseSpinLock, which requires DISPATCH_LEVEL, only when LockIfOpen
// succeeded: the release is made at the raised IRQL. Silent (and
// driver-irql-not-restored is silent: _IRQL_raises_ is LockIfOpen's contract).
// Twin (firing): ioctl-zwclose-under-spin-lock.c.
// KNOWN ANALYZER GAP (reported to the lead): the caller of an _IRQL_raises_
// helper is analysed at its entry IRQL, so this KeReleaseSpinLock is reported
// as called at PASSIVE_LEVEL.
#include <ntddk.h>

#define IOCTL_LCK_TOUCH CTL_CODE(FILE_DEVICE_UNKNOWN, 0x870, METHOD_BUFFERED, FILE_ANY_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD LckUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH LckCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH LckDeviceControl;

static PDEVICE_OBJECT gDevice;
static KSPIN_LOCK gLock;
static KIRQL gLockIrql;
static BOOLEAN gOpen = TRUE;
static ULONG gTouches;

// Takes gLock and keeps it when the device is open.
_IRQL_raises_(DISPATCH_LEVEL) static NTSTATUS LockIfOpen(VOID)
{
    KeAcquireSpinLock(&gLock, &gLockIrql);
    if (!gOpen) {
        KeReleaseSpinLock(&gLock, gLockIrql);
        return STATUS_DEVICE_NOT_READY;
    }
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS LckDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.IoControlCode != IOCTL_LCK_TOUCH) {
        status = STATUS_INVALID_DEVICE_REQUEST;
    } else {
        status = LockIfOpen();
        if (NT_SUCCESS(status)) {
            gTouches++;
            KeReleaseSpinLock(&gLock, gLockIrql);
        }
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS LckCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID LckUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Lck");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&gLock);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = LckCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = LckCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = LckDeviceControl;
    DriverObject->DriverUnload = LckUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
