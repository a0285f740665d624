// driver-entry-failure-cleanup: a Cleanup label guarded by NULL checks, and
// one failure path that bypasses it. DriverEntry keeps its device object and
// its work item in locals that start out NULL and releases what is non-NULL at
// Cleanup, but when CmRegisterCallbackEx fails it returns its status directly
// instead of jumping there: the device object and the work item are both
// live, and Unload is not called when DriverEntry fails. One finding at that
// return, naming the first registration (while device object 'device'); the
// work item is a related location. Silent twin: cleanup-null-guards.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gDevice;
static PIO_WORKITEM gWorkItem;
static LARGE_INTEGER gRegistryCookie;

static NTSTATUS SampOnRegistry(PVOID CallbackContext, PVOID Argument1, PVOID Argument2)
{
    UNREFERENCED_PARAMETER(CallbackContext);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS SampCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    CmUnRegisterCallback(gRegistryCookie);
    IoFreeWorkItem(gWorkItem);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING altitude = RTL_CONSTANT_STRING(L"385214");
    PDEVICE_OBJECT device = NULL;
    PIO_WORKITEM workItem = NULL;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        device = NULL;
        goto Cleanup;
    }
    workItem = IoAllocateWorkItem(device);
    if (workItem == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    status = CmRegisterCallbackEx(SampOnRegistry, &altitude, DriverObject, NULL,
                                  &gRegistryCookie, NULL);
    if (!NT_SUCCESS(status)) {
        DbgPrint("samp: CmRegisterCallbackEx failed (0x%08lx)\n", status);
        return status; // expect: driver-entry-failure-cleanup "while device object"
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->DriverUnload = SampUnload;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    gDevice = device;
    gWorkItem = workItem;
    return STATUS_SUCCESS;

Cleanup:
    if (workItem != NULL) {
        IoFreeWorkItem(workItem);
    }
    if (device != NULL) {
        IoDeleteDevice(device);
    }
    return status;
}
