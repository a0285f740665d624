// driver-entry-failure-cleanup: failure returns of an error constant.
// DriverEntry creates its device, allocates a work item for it (a NULL
// IoAllocateWorkItem allocated nothing, so only the device is deleted before
// `return STATUS_INSUFFICIENT_RESOURCES;`, which is right), then allocates its
// log buffer into gBuffer; when that allocation returns NULL it returns
// STATUS_INSUFFICIENT_RESOURCES with the device object and the work item
// still live, and Unload is not called when DriverEntry fails. One finding at
// that return, naming the first registration (while device object 'gDevice');
// the work item is a related location. Silent twin:
// error-constant-all-released.c.
#include <ntddk.h>

#define SAMP_TAG 'gmaS'
#define SAMP_LOG_SIZE 8192

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;
IO_WORKITEM_ROUTINE SampLogFirstOpen;

static PDEVICE_OBJECT gDevice;
static PIO_WORKITEM gWorkItem;
static PCHAR gBuffer;
static volatile LONG gOpened;

_Use_decl_annotations_
VOID SampLogFirstOpen(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Context);
    RtlCopyMemory(gBuffer, "first open\n", sizeof("first open\n"));
}

_Use_decl_annotations_
NTSTATUS SampCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    if (IoGetCurrentIrpStackLocation(Irp)->MajorFunction == IRP_MJ_CREATE &&
        InterlockedCompareExchange(&gOpened, 1, 0) == 0) {
        IoQueueWorkItem(gWorkItem, SampLogFirstOpen, DelayedWorkQueue, NULL);
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoFreeWorkItem(gWorkItem);
    ExFreePoolWithTag(gBuffer, SAMP_TAG);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampLog");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    gWorkItem = IoAllocateWorkItem(gDevice);
    if (gWorkItem == NULL) {
        IoDeleteDevice(gDevice);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    gBuffer = (PCHAR)ExAllocatePoolWithTag(NonPagedPoolNx, SAMP_LOG_SIZE, SAMP_TAG);
    if (gBuffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES; // expect: driver-entry-failure-cleanup "while device object"
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
