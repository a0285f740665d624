// driver-dispatch-cleanup: cleanup-completed.c storing the status with a
// chained assignment, `Irp->IoStatus.Status = status = STATUS_SUCCESS;`, and
// returning 'status': both hold STATUS_SUCCESS, so the status returned is the
// one the IRP carries. Silent.
// Twin: cleanup-chained-status-mismatch.c (the chain stores a status computed
// at run time and the routine returns the constant STATUS_SUCCESS).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD CntUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH CntCreateClose;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH CntDispatchCleanup;

static PDEVICE_OBJECT gDevice;
static LONG gOpenCount;

static NTSTATUS CntSaveOpenCount(VOID)
{
    ULONG count = (ULONG)gOpenCount;

    return RtlWriteRegistryValue(RTL_REGISTRY_SERVICES, L"Cnt\\Parameters", L"OpenCount", REG_DWORD, &count,
                                 sizeof(count));
}

_Use_decl_annotations_
NTSTATUS CntCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    if (IoGetCurrentIrpStackLocation(Irp)->MajorFunction == IRP_MJ_CREATE) {
        InterlockedIncrement(&gOpenCount);
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS CntDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);
    (VOID)CntSaveOpenCount();
    Irp->IoStatus.Status = status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
VOID CntUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Cnt");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = CntCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = CntCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = CntDispatchCleanup;
    DriverObject->DriverUnload = CntUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
