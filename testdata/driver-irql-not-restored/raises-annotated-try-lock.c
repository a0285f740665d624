// driver-irql-not-restored: LockIfOpen is annotated _IRQL_raises_(DISPATCH_LEVEL)
// but, like any try-lock, keeps the spin lock only when it succeeds; on
// failure it releases it itself. The dispatch routine returns at once on
// that failure and releases the lock on the success path. What the caller is
// left with comes from the helper's body, not the annotation, so nothing is
// reported. Silent. lock-held-on-empty-return.c is the firing twin.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD TUnload;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH TIoctl;

static KSPIN_LOCK gLock;
static KIRQL gLockIrql;
static BOOLEAN gOpen;
static ULONG gCount;

_IRQL_raises_(DISPATCH_LEVEL)
static NTSTATUS LockIfOpen(VOID)
{
    KeAcquireSpinLock(&gLock, &gLockIrql);
    if (!gOpen) {
        KeReleaseSpinLock(&gLock, gLockIrql);
        return STATUS_DEVICE_NOT_READY;
    }
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS TIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    NTSTATUS status;
    UNREFERENCED_PARAMETER(DeviceObject);
    status = LockIfOpen();
    if (!NT_SUCCESS(status)) {
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
    gCount++;
    KeReleaseSpinLock(&gLock, gLockIrql);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID TUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&gLock);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = TIoctl;
    DriverObject->DriverUnload = TUnload;
    return STATUS_SUCCESS;
}
