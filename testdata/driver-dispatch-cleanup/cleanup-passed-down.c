// driver-dispatch-cleanup: a legacy filter attached over \Device\Beep with
// IoAttachDevice. Every major function goes to SpyPassThrough; the
// IRP_MJ_CLEANUP routine SpyDispatchCleanup counts the cleanup, then passes
// the IRP down with IoSkipCurrentIrpStackLocation and returns IoCallDriver's
// result directly. The path passes the IRP down once, neither completes it
// nor touches it afterwards, and returns the status of the lower driver.
// Silent. Twin: cleanup-passed-down-status-discarded.c (ignores the result of
// IoCallDriver and returns STATUS_SUCCESS).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SpyUnload;
_Dispatch_type_(IRP_MJ_OTHER) DRIVER_DISPATCH SpyPassThrough;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH SpyDispatchCleanup;

static PDEVICE_OBJECT gFilter;
static PDEVICE_OBJECT gLower;
static LONG gCleanups;

_Use_decl_annotations_
NTSTATUS SpyPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(gLower, Irp);
}

_Use_decl_annotations_
NTSTATUS SpyDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    LONG count = InterlockedIncrement(&gCleanups);

    UNREFERENCED_PARAMETER(DeviceObject);
    DbgPrint("spy: cleanup #%ld for file %p\n", count, IoGetCurrentIrpStackLocation(Irp)->FileObject);
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(gLower, Irp);
}

_Use_decl_annotations_
VOID SpyUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDetachDevice(gLower);
    IoDeleteDevice(gFilter);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING target = RTL_CONSTANT_STRING(L"\\Device\\Beep");
    NTSTATUS status;
    ULONG i;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_BEEP, 0, FALSE, &gFilter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoAttachDevice(gFilter, &target, &gLower);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gFilter);
        return status;
    }
    gFilter->Flags |= gLower->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO);
    for (i = 0; i <= IRP_MJ_MAXIMUM_FUNCTION; i++) {
        DriverObject->MajorFunction[i] = SpyPassThrough;
    }
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = SpyDispatchCleanup;
    DriverObject->DriverUnload = SpyUnload;
    gFilter->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
