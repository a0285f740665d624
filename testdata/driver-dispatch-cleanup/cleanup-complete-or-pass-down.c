// driver-dispatch-cleanup: a legacy filter over \Device\Beep that also creates
// a control device, \Device\CtlControl, for its configuration tool. Its
// IRP_MJ_CLEANUP routine CtlDispatchCleanup completes a cleanup sent to the
// control device itself (returning the status it stored) and passes every
// other cleanup down to the filtered device (returning IoCallDriver's
// result). One path completes, the other passes down; neither does both.
// Silent. Related firing drivers: cleanup-passed-down-then-completed.c,
// cleanup-completed-twice.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD CtlUnload;
_Dispatch_type_(IRP_MJ_OTHER) DRIVER_DISPATCH CtlDispatch;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH CtlDispatchCleanup;

static PDEVICE_OBJECT gControl;
static PDEVICE_OBJECT gFilter;
static PDEVICE_OBJECT gLower;
static PFILE_OBJECT gConfigurator;

_Use_decl_annotations_
NTSTATUS CtlDispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;

    if (DeviceObject != gControl) {
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(gLower, Irp);
    }
    if (stack->MajorFunction == IRP_MJ_CREATE) {
        InterlockedCompareExchangePointer((PVOID *)&gConfigurator, stack->FileObject, NULL);
        status = STATUS_SUCCESS;
    } else if (stack->MajorFunction == IRP_MJ_CLOSE) {
        status = STATUS_SUCCESS;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS CtlDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFILE_OBJECT fileObject = IoGetCurrentIrpStackLocation(Irp)->FileObject;

    if (DeviceObject == gControl) {
        InterlockedCompareExchangePointer((PVOID *)&gConfigurator, NULL, fileObject);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(gLower, Irp);
}

_Use_decl_annotations_
VOID CtlUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDetachDevice(gLower);
    IoDeleteDevice(gFilter);
    IoDeleteDevice(gControl);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING controlName = RTL_CONSTANT_STRING(L"\\Device\\CtlControl");
    UNICODE_STRING target = RTL_CONSTANT_STRING(L"\\Device\\Beep");
    NTSTATUS status;
    ULONG i;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &controlName, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE,
                            &gControl);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_BEEP, 0, FALSE, &gFilter);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gControl);
        return status;
    }
    status = IoAttachDevice(gFilter, &target, &gLower);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gFilter);
        IoDeleteDevice(gControl);
        return status;
    }
    gFilter->Flags |= gLower->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO);
    for (i = 0; i <= IRP_MJ_MAXIMUM_FUNCTION; i++) {
        DriverObject->MajorFunction[i] = CtlDispatch;
    }
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = CtlDispatchCleanup;
    DriverObject->DriverUnload = CtlUnload;
    gFilter->Flags &= ~DO_DEVICE_INITIALIZING;
    gControl->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
