// driver-dispatch-cleanup: a logging device that gives every handle a record
// counter in FileObject->FsContext. All its dispatch routines finish IRPs
// through the helper LogCompleteIrp(Irp, Status), which stores Status in
// Irp->IoStatus.Status and calls IoCompleteRequest. The IRP_MJ_CLEANUP routine
// LogDispatchCleanup saves the counter, completes through the helper and
// returns the 'status' it passed to it; clearing FsContext after completion
// goes through 'fileObject', read before completion (the file object outlives
// the cleanup IRP, so that is not a use of the IRP). Silent.
// Twin: cleanup-helper-then-touched.c (reaches the file object through the
// completed IRP).
#include <ntddk.h>

#define LOG_TAG 'goLS'

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD LogUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH LogCreateClose;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH LogDispatchCleanup;

static PDEVICE_OBJECT gDevice;

static VOID LogCompleteIrp(PIRP Irp, NTSTATUS Status)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

_Use_decl_annotations_
NTSTATUS LogCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->MajorFunction == IRP_MJ_CREATE) {
        stack->FileObject->FsContext = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(ULONG), LOG_TAG);
        if (stack->FileObject->FsContext == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
        }
    }
    LogCompleteIrp(Irp, status);
    return status;
}

_Use_decl_annotations_
NTSTATUS LogDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFILE_OBJECT fileObject = IoGetCurrentIrpStackLocation(Irp)->FileObject;
    PULONG records = (PULONG)fileObject->FsContext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);
    status = RtlWriteRegistryValue(RTL_REGISTRY_SERVICES, L"Log\\Parameters", L"LastRecords", REG_DWORD, records,
                                   sizeof(*records));
    ExFreePoolWithTag(records, LOG_TAG);
    LogCompleteIrp(Irp, status);
    fileObject->FsContext = NULL;
    return status;
}

_Use_decl_annotations_
VOID LogUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Log");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = LogCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = LogCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = LogDispatchCleanup;
    DriverObject->DriverUnload = LogUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
