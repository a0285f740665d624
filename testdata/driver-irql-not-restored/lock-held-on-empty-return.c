// driver-irql-not-restored: a driver with a small queue of numbers guarded by
// the spin lock gQueueLock, filled and drained through IRP_MJ_DEVICE_CONTROL.
// The helper QPop releases the lock on its normal path but returns
// STATUS_NO_MORE_ENTRIES from an empty queue with the lock still held (and
// IRQL still at DISPATCH_LEVEL). Fires on that return. QPush releases the
// lock on both of its returns: silent. QPop is not a helper that raises for
// its caller: its other path restores IRQL. Twin:
// lock-released-on-every-return.c.
#include <ntddk.h>

#define IOCTL_Q_PUSH CTL_CODE(FILE_DEVICE_UNKNOWN, 0x840, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_Q_POP CTL_CODE(FILE_DEVICE_UNKNOWN, 0x841, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define Q_DEPTH 16

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD QUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH QCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH QDeviceControl;

static PDEVICE_OBJECT gDevice;
static KSPIN_LOCK gQueueLock;
static ULONG gItems[Q_DEPTH];
static ULONG gHead;
static ULONG gCount;

static NTSTATUS QPush(ULONG Value)
{
    KIRQL oldIrql;

    KeAcquireSpinLock(&gQueueLock, &oldIrql);
    if (gCount == Q_DEPTH) {
        KeReleaseSpinLock(&gQueueLock, oldIrql);
        return STATUS_DEVICE_BUSY;
    }
    gItems[(gHead + gCount) % Q_DEPTH] = Value;
    gCount++;
    KeReleaseSpinLock(&gQueueLock, oldIrql);
    return STATUS_SUCCESS;
}

static NTSTATUS QPop(PULONG Value)
{
    KIRQL oldIrql;

    KeAcquireSpinLock(&gQueueLock, &oldIrql);
    if (gCount == 0) {
        return STATUS_NO_MORE_ENTRIES; // expect: driver-irql-not-restored "'QPop' returns while spin lock 'gQueueLock' is held (acquired at line 45): restore IRQL on this path before returning"
    }
    *Value = gItems[gHead];
    gHead = (gHead + 1) % Q_DEPTH;
    gCount--;
    KeReleaseSpinLock(&gQueueLock, oldIrql);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS QDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PULONG buffer = (PULONG)Irp->AssociatedIrp.SystemBuffer;
    ULONG_PTR information = 0;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);
    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_Q_PUSH:
        status = stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(ULONG) ? STATUS_BUFFER_TOO_SMALL
                                                                                     : QPush(*buffer);
        break;
    case IOCTL_Q_POP:
        if (stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(ULONG)) {
            status = STATUS_BUFFER_TOO_SMALL;
        } else {
            status = QPop(buffer);
            information = NT_SUCCESS(status) ? sizeof(ULONG) : 0;
        }
        break;
    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS QCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID QUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Q");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&gQueueLock);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = QCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = QCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = QDeviceControl;
    DriverObject->DriverUnload = QUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
