// driver-dispatch-cleanup: cleanup-passed-down-status.c completing the IRP
// itself after passing it down (as if every dispatch routine had to call
// IoCompleteRequest): the lower driver completes the IRP too, so it is
// completed twice. Fires at IoCompleteRequest.
// Twin: cleanup-passed-down-status.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD MonUnload;
_Dispatch_type_(IRP_MJ_OTHER) DRIVER_DISPATCH MonPassThrough;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH MonDispatchCleanup;

static PDEVICE_OBJECT gFilter;
static PDEVICE_OBJECT gLower;

_Use_decl_annotations_
NTSTATUS MonPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(gLower, Irp);
}

_Use_decl_annotations_
NTSTATUS MonDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    KPROCESSOR_MODE mode = Irp->RequestorMode;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    status = IoCallDriver(gLower, Irp);
    if (!NT_SUCCESS(status)) {
        DbgPrint("mon: %s cleanup failed: 0x%08X\n", mode == UserMode ? "user" : "kernel", status);
    }
    IoCompleteRequest(Irp, IO_NO_INCREMENT); // expect: driver-dispatch-cleanup "already passed down"
    return status;
}

_Use_decl_annotations_
VOID MonUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDetachDevice(gLower);
    IoDeleteDevice(gFilter);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING target = RTL_CONSTANT_STRING(L"\\Device\\Null");
    NTSTATUS status;
    ULONG i;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NULL, 0, FALSE, &gFilter);
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
        DriverObject->MajorFunction[i] = MonPassThrough;
    }
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = MonDispatchCleanup;
    DriverObject->DriverUnload = MonUnload;
    gFilter->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
