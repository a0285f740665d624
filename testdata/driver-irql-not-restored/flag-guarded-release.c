// driver-irql-not-restored: the dispatch routine takes its spin lock, may
// drop it early to do work at PASSIVE_LEVEL (clearing a flag), and releases
// it at the end only if the flag says it is still held. Every path restores
// IRQL; the analysis cannot correlate the flag with the lock, so it must stay
// silent rather than report the path where both conditions disagree, which
// never runs. Silent. lock-held-on-empty-return.c is the firing twin.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD FlagUnload;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH FlagDeviceControl;

static KSPIN_LOCK gLock;
static LONG gPending;

_Use_decl_annotations_
NTSTATUS FlagDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    KIRQL oldIrql;
    BOOLEAN locked;

    UNREFERENCED_PARAMETER(DeviceObject);
    KeAcquireSpinLock(&gLock, &oldIrql);
    locked = TRUE;
    if (gPending > 16) {
        gPending = 0;
        KeReleaseSpinLock(&gLock, oldIrql);
        locked = FALSE;
    }
    gPending++;
    if (locked) {
        KeReleaseSpinLock(&gLock, oldIrql);
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID FlagUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&gLock);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = FlagDeviceControl;
    DriverObject->DriverUnload = FlagUnload;
    return STATUS_SUCCESS;
}
