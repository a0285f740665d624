// driver-unload-pending-work: a driver that answers IOCTL_WKR_FLUSH at
// PASSIVE_LEVEL: its IRP_MJ_DEVICE_CONTROL routine allocates a work item per
// request with IoAllocateWorkItem, marks the IRP pending and queues the item,
// passing the IRP as context. The work routine completes the IRP but never
// frees the work item, and nothing else does: one leaked work item per
// request. Fires at the IoAllocateWorkItem call in the dispatch routine
// (made outside DriverEntry, so an IoFreeWorkItem anywhere would do). Twin:
// io-work-item-per-request-freed.c.
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

    UNREFERENCED_PARAMETER(DeviceObject);
    irp->IoStatus.Status = STATUS_SUCCESS;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
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
    item = IoAllocateWorkItem(DeviceObject); // expect: driver-unload-pending-work "IoAllocateWorkItem allocates work item 'item' that is never freed: call IoFreeWorkItem(item)"
    if (item == NULL) {
        Irp->IoStatus.Status = STATUS_INSUFFICIENT_RESOURCES;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
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
