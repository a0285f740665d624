// driver-dispatch-cleanup: a device one handle at a time may own for writing
// (the first opener becomes the owner; later handles only read). The
// IRP_MJ_CLEANUP routine LckDispatchCleanup gives up ownership when the owner's
// handle is cleaned up; both branches of its if/else store a status and
// complete the IRP, and the shared return returns the status both stored.
// Silent. Twin: cleanup-branch-not-completed.c (the else branch forgets
// IoCompleteRequest).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD LckUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH LckCreateClose;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH LckDispatchCleanup;

static PDEVICE_OBJECT gDevice;
static PFILE_OBJECT gOwner;

_Use_decl_annotations_
NTSTATUS LckCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->MajorFunction == IRP_MJ_CREATE) {
        InterlockedCompareExchangePointer((PVOID *)&gOwner, stack->FileObject, NULL);
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS LckDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFILE_OBJECT fileObject = IoGetCurrentIrpStackLocation(Irp)->FileObject;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (InterlockedCompareExchangePointer((PVOID *)&gOwner, NULL, fileObject) == fileObject) {
        DbgPrint("lck: owner %p released the device\n", fileObject);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
    } else {
        Irp->IoStatus.Status = STATUS_SUCCESS;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
    }
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID LckUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Lck");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = LckCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = LckCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = LckDispatchCleanup;
    DriverObject->DriverUnload = LckUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
