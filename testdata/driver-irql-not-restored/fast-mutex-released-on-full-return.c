// driver-irql-not-restored: the queue driver of
// fast-mutex-held-on-full-return.c done right: QPush releases the fast mutex
// gQueueMutex before its early return too. Silent. Twin:
// fast-mutex-held-on-full-return.c.
#include <ntddk.h>

#define IOCTL_Q_PUSH CTL_CODE(FILE_DEVICE_UNKNOWN, 0x840, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_Q_POP CTL_CODE(FILE_DEVICE_UNKNOWN, 0x841, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define Q_DEPTH 16

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD QUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH QCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH QDeviceControl;

static PDEVICE_OBJECT gDevice;
static FAST_MUTEX gQueueMutex;
static ULONG gItems[Q_DEPTH];
static ULONG gHead;
static ULONG gCount;

static NTSTATUS QPush(ULONG Value)
{
    ExAcquireFastMutex(&gQueueMutex);
    if (gCount == Q_DEPTH) {
        ExReleaseFastMutex(&gQueueMutex);
        return STATUS_DEVICE_BUSY;
    }
    gItems[(gHead + gCount) % Q_DEPTH] = Value;
    gCount++;
    ExReleaseFastMutex(&gQueueMutex);
    return STATUS_SUCCESS;
}

static NTSTATUS QPop(PULONG Value)
{
    NTSTATUS status = STATUS_NO_MORE_ENTRIES;

    ExAcquireFastMutex(&gQueueMutex);
    if (gCount != 0) {
        *Value = gItems[gHead];
        gHead = (gHead + 1) % Q_DEPTH;
        gCount--;
        status = STATUS_SUCCESS;
    }
    ExReleaseFastMutex(&gQueueMutex);
    return status;
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
    ExInitializeFastMutex(&gQueueMutex);
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
