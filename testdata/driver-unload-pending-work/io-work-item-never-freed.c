// driver-unload-pending-work: a driver that finishes its start-up at
// PASSIVE_LEVEL in a work item: DriverEntry allocates it with
// IoAllocateWorkItem(gDevice) into gWorkItem and queues it with
// IoQueueWorkItem. Nothing ever calls IoFreeWorkItem: the work item leaks,
// and the driver cannot know when its routine has finished. Fires at the
// IoAllocateWorkItem call. Twin: io-work-item-freed-by-routine.c (the work
// routine frees the item itself).
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
    gWorkItem = IoAllocateWorkItem(gDevice); // expect: driver-unload-pending-work "IoAllocateWorkItem allocates work item 'gWorkItem' that is never freed: call IoFreeWorkItem(gWorkItem)"
    if (gWorkItem == NULL) {
        IoDeleteDevice(gDevice);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoQueueWorkItem(gWorkItem, WkiLateInit, DelayedWorkQueue, NULL);
    DriverObject->DriverUnload = WkiUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
