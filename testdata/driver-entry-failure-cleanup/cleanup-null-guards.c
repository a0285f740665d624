// driver-entry-failure-cleanup: a Cleanup label guarded by NULL checks.
// DriverEntry keeps its device object and its work item in locals that start
// out NULL, then registers a registry callback. Every failure sets status and
// jumps to Cleanup, which releases what is non-NULL:
// `if (workItem != NULL) IoFreeWorkItem(workItem); if (device != NULL)
// IoDeleteDevice(device);`. A NULL IoAllocateWorkItem allocated nothing, and a
// failed IoCreateDevice or CmRegisterCallbackEx made nothing. On success the
// locals are published in globals for SampUnload. Silent. Firing twin:
// cleanup-null-guards-bypassed.c.
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
        goto Cleanup;
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
