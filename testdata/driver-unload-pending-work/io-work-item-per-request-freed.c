// driver-unload-pending-work: a driver that answers IOCTL_WKR_FLUSH at
// PASSIVE_LEVEL: its IRP_MJ_DEVICE_CONTROL routine allocates a work item per
// request with IoAllocateWorkItem, keeps it in the IRP's DriverContext and
// queues it with the IRP as context. The work routine completes the IRP and
// frees the work item with IoFreeWorkItem. Silent. Twin:
// io-work-item-per-request-never-freed.c (the routine never frees it).
#include <ntddk.h>

#define IOCTL_WKR_FLUSH CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD WkrUnload;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH WkrDeviceControl;
IO_WORKITEM_ROUTINE WkrFlush;

static PDEVICE_OBJECT gDevice;

_Use_decl_annotations_
VOID WkrFlush(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    PIRP irp = (PIRP)Context;
    PIO_WORKITEM item = (PIO_WORKITEM)irp->Tail.Overlay.DriverContext[0];

    UNREFERENCED_PARAMETER(DeviceObject);
    irp->IoStatus.Status = STATUS_SUCCESS;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    IoFreeWorkItem(item);
}

_Use_decl_annotations_
NTSTATUS WkrDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PIO_WORKITEM item;

    if (stack->Parameters.DeviceIoControl.IoControlCode != IOCTL_WKR_FLUSH) {
        Irp->IoStatus.Status = STATUS_INVALID_DEVICE_REQUEST;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    item = IoAllocateWorkItem(DeviceObject);
    if (item == NULL) {
        Irp->IoStatus.Status = STATUS_INSUFFICIENT_RESOURCES;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Irp->Tail.Overlay.DriverContext[0] = item;
    IoMarkIrpPending(Irp);
    IoQueueWorkItem(item, WkrFlush, DelayedWorkQueue, Irp);
    return STATUS_PENDING;
}

_Use_decl_annotations_
VOID WkrUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\Wkr");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = WkrDeviceControl;
    DriverObject->DriverUnload = WkrUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
