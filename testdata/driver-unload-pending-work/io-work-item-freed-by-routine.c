// driver-unload-pending-work: a driver that finishes its start-up at
// PASSIVE_LEVEL in a work item allocated in DriverEntry with
// IoAllocateWorkItem(gDevice) into gWorkItem. The work routine frees the item
// itself with IoFreeWorkItem(gWorkItem) when it is done. A work item may be
// freed anywhere in the driver, not only on the unload path (the queued item
// holds a reference on gDevice, which keeps the driver loaded until the
// routine returns), so this is enough. Silent. Twin:
// io-work-item-never-freed.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD WkiUnload;
IO_WORKITEM_ROUTINE WkiLateInit;

static PDEVICE_OBJECT gDevice;
static PIO_WORKITEM gWorkItem;
static volatile LONG gInitialised;

_Use_decl_annotations_
VOID WkiLateInit(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Context);
    InterlockedExchange(&gInitialised, 1);
    IoFreeWorkItem(gWorkItem);
}

_Use_decl_annotations_
VOID WkiUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    gWorkItem = IoAllocateWorkItem(gDevice);
    if (gWorkItem == NULL) {
        IoDeleteDevice(gDevice);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoQueueWorkItem(gWorkItem, WkiLateInit, DelayedWorkQueue, NULL);
    DriverObject->DriverUnload = WkiUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
