// driver-irql: a work item routine placed in the pageable section. Work item
// routines run at PASSIVE_LEVEL in a system worker thread, so pageable code
// is allowed there. Silent. pageable-dpc-routine.c is the firing twin.
#include <ntddk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PwUnload;
IO_WORKITEM_ROUTINE PwWork;
#pragma alloc_text(PAGE, PwWork)
static PDEVICE_OBJECT gDevice;
static PIO_WORKITEM gItem;
static LONG gRuns;

_Use_decl_annotations_
VOID PwWork(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Context);
    PAGED_CODE();
    InterlockedIncrement(&gRuns);
}

_Use_decl_annotations_
VOID PwUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoFreeWorkItem(gItem);
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
    gItem = IoAllocateWorkItem(gDevice);
    if (gItem == NULL) {
        IoDeleteDevice(gDevice);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoQueueWorkItem(gItem, PwWork, DelayedWorkQueue, NULL);
    DriverObject->DriverUnload = PwUnload;
    return STATUS_SUCCESS;
}
