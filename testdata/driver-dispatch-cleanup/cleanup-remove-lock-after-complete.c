// driver-dispatch-cleanup: a device guarded by a remove lock. The cleanup
// routine acquires the lock with the IRP as its tag, completes the IRP, and
// then releases the lock with the same tag, as remove-lock code always does:
// IoReleaseRemoveLock uses only the IRP's address, never the IRP, so this is
// no use of the IRP after completion. Silent.
// Twin: cleanup-use-after-complete.c (reads through the IRP after completing
// it).
#include <ntddk.h>

typedef struct _RL_EXTENSION {
    IO_REMOVE_LOCK RemoveLock;
} RL_EXTENSION, *PRL_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RlUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH RlCreateClose;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH RlDispatchCleanup;

static PDEVICE_OBJECT gDevice;

_Use_decl_annotations_
NTSTATUS RlCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS RlDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PRL_EXTENSION ext = (PRL_EXTENSION)DeviceObject->DeviceExtension;
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID RlUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Rl");
    PRL_EXTENSION ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(RL_EXTENSION), &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN,
                            FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PRL_EXTENSION)gDevice->DeviceExtension;
    IoInitializeRemoveLock(&ext->RemoveLock, 'kLlR', 0, 0);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = RlCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = RlCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = RlDispatchCleanup;
    DriverObject->DriverUnload = RlUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
