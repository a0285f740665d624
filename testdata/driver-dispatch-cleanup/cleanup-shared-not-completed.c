// driver-dispatch-cleanup: cleanup-shared-completed.c whose IRP_MJ_CLEANUP
// case returns STATUS_SUCCESS right after giving up ownership, skipping the
// completion the other cases reach. The routine is shared by IRP_MJ_CREATE,
// IRP_MJ_CLOSE and IRP_MJ_CLEANUP; it is checked because it is stored in the
// IRP_MJ_CLEANUP slot. Fires at the return in the case.
// Twin: cleanup-shared-completed.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD ExcUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) _Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH ExcCreateCloseCleanup;

static PDEVICE_OBJECT gDevice;
static PFILE_OBJECT gOwner;

_Use_decl_annotations_
NTSTATUS ExcCreateCloseCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(DeviceObject);
    switch (stack->MajorFunction) {
    case IRP_MJ_CREATE:
        if (InterlockedCompareExchangePointer((PVOID *)&gOwner, stack->FileObject, NULL) != NULL) {
            status = STATUS_SHARING_VIOLATION;
        }
        break;
    case IRP_MJ_CLEANUP:
        InterlockedExchangePointer((PVOID *)&gOwner, NULL);
        return STATUS_SUCCESS; // expect: driver-dispatch-cleanup "returns without completing the IRP"
    default:
        break;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
VOID ExcUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Exc");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = ExcCreateCloseCleanup;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = ExcCreateCloseCleanup;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = ExcCreateCloseCleanup;
    DriverObject->DriverUnload = ExcUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
