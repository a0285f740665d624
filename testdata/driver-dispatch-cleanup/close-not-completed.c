// driver-dispatch-cleanup: the counter device of cleanup-not-completed.c with
// the same bug (no IoCompleteRequest), but the routine, ClsCleanup, is stored
// only in MajorFunction[IRP_MJ_CLOSE] (and annotated for IRP_MJ_CLOSE): the
// driver has no IRP_MJ_CLEANUP routine. The rule checks only the routines
// stored in the IRP_MJ_CLEANUP slot, whatever their names, so it is silent
// here (the missing completion is a real bug, but of a close routine).
// Twin: cleanup-not-completed.c (the same routine stored in IRP_MJ_CLEANUP).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD ClsUnload;
_Dispatch_type_(IRP_MJ_CREATE) DRIVER_DISPATCH ClsCreate;
_Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH ClsCleanup;

static PDEVICE_OBJECT gDevice;
static LONG gOpenCount;

static NTSTATUS ClsSaveOpenCount(VOID)
{
    ULONG count = (ULONG)gOpenCount;

    return RtlWriteRegistryValue(RTL_REGISTRY_SERVICES, L"Cls\\Parameters", L"OpenCount", REG_DWORD, &count,
                                 sizeof(count));
}

_Use_decl_annotations_
NTSTATUS ClsCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    InterlockedIncrement(&gOpenCount);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS ClsCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);
    status = ClsSaveOpenCount();
    DbgPrint("cls: close for thread %p: 0x%08X\n", Irp->Tail.Overlay.Thread, status);
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    return status;
}

_Use_decl_annotations_
VOID ClsUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Cls");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = ClsCreate;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = ClsCleanup;
    DriverObject->DriverUnload = ClsUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
