// driver-dispatch-cleanup: cleanup-pending-marked.c without the
// IoMarkIrpPending call: DefDispatchCleanup queues the IRP and returns
// STATUS_PENDING but never sets SL_PENDING_RETURNED, so when IOCTL_DEF_END
// completes the IRP the I/O manager does not finish it asynchronously and the
// caller may wait forever. One defect, one finding: the path is reported for
// the missing IoMarkIrpPending only, not also as "returns without completing
// the IRP". Fires at the return. Twin: cleanup-pending-marked.c.
#include <ntddk.h>

#define IOCTL_DEF_BEGIN CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_DEF_END CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_NEITHER, FILE_ANY_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DefUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH DefCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH DefDeviceControl;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH DefDispatchCleanup;

static PDEVICE_OBJECT gDevice;
static KSPIN_LOCK gLock;
static LIST_ENTRY gDeferred;
static BOOLEAN gBusy;

static VOID DefEndTransfer(VOID)
{
    PLIST_ENTRY entry;
    KIRQL oldIrql;
    PIRP irp;

    KeAcquireSpinLock(&gLock, &oldIrql);
    gBusy = FALSE;
    KeReleaseSpinLock(&gLock, oldIrql);
    while ((entry = ExInterlockedRemoveHeadList(&gDeferred, &gLock)) != NULL) {
        irp = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        irp->IoStatus.Status = STATUS_SUCCESS;
        irp->IoStatus.Information = 0;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
    }
}

_Use_decl_annotations_
NTSTATUS DefCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS DefDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    ULONG code = IoGetCurrentIrpStackLocation(Irp)->Parameters.DeviceIoControl.IoControlCode;
    NTSTATUS status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (code == IOCTL_DEF_BEGIN) {
        gBusy = TRUE;
    } else if (code == IOCTL_DEF_END) {
        DefEndTransfer();
    } else {
        status = STATUS_INVALID_DEVICE_REQUEST;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS DefDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(DeviceObject);
    KeAcquireSpinLock(&gLock, &oldIrql);
    if (gBusy) {
        InsertTailList(&gDeferred, &Irp->Tail.Overlay.ListEntry);
        KeReleaseSpinLock(&gLock, oldIrql);
        return STATUS_PENDING; // expect: driver-dispatch-cleanup "STATUS_PENDING without IoMarkIrpPending"
    }
    KeReleaseSpinLock(&gLock, oldIrql);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID DefUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Def");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&gLock);
    InitializeListHead(&gDeferred);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DefCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DefCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DefDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = DefDispatchCleanup;
    DriverObject->DriverUnload = DefUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
