// driver-irql-not-restored: the slot driver of queued-lock-loop-released.c
// where the IRP_MJ_DEVICE_CONTROL routine, on claiming a free slot, completes
// the IRP and returns from inside the loop with the slot's in-stack queued
// spin lock still held (DISPATCH_LEVEL); the `continue` of a busy slot, the
// end of the loop body and the routine's last return are reached with the
// lock released. Fires on the return inside the loop (IoCompleteRequest,
// allowed at DISPATCH_LEVEL, is not reported). Twin:
// queued-lock-loop-released.c.
#include <ntddk.h>

#define IOCTL_SLOT_CLAIM CTL_CODE(FILE_DEVICE_UNKNOWN, 0x860, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define SLOT_COUNT 8

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SlotUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SlotCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SlotDeviceControl;

typedef struct _SLOT {
    KSPIN_LOCK Lock;
    BOOLEAN Busy;
    PFILE_OBJECT Owner;
} SLOT;

static PDEVICE_OBJECT gDevice;
static SLOT gSlots[SLOT_COUNT];

_Use_decl_annotations_
NTSTATUS SlotDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    KLOCK_QUEUE_HANDLE lockHandle;
    NTSTATUS status = STATUS_INSUFFICIENT_RESOURCES;
    ULONG i;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.IoControlCode != IOCTL_SLOT_CLAIM) {
        status = STATUS_INVALID_DEVICE_REQUEST;
    } else {
        for (i = 0; i < SLOT_COUNT; i++) {
            KeAcquireInStackQueuedSpinLock(&gSlots[i].Lock, &lockHandle);
            if (gSlots[i].Busy) {
                KeReleaseInStackQueuedSpinLock(&lockHandle);
                continue;
            }
            if (stack->FileObject != NULL) {
                gSlots[i].Busy = TRUE;
                gSlots[i].Owner = stack->FileObject;
                Irp->IoStatus.Status = STATUS_SUCCESS;
                Irp->IoStatus.Information = i;
                IoCompleteRequest(Irp, IO_NO_INCREMENT);
                return STATUS_SUCCESS; // expect: driver-irql-not-restored "'SlotDeviceControl' returns while queued spin lock 'gSlots[i].Lock' is held"
            }
            KeReleaseInStackQueuedSpinLock(&lockHandle);
        }
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS SlotCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID SlotUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Slot");
    NTSTATUS status;
    ULONG i;

    UNREFERENCED_PARAMETER(RegistryPath);
    for (i = 0; i < SLOT_COUNT; i++) {
        KeInitializeSpinLock(&gSlots[i].Lock);
    }
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SlotCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SlotCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SlotDeviceControl;
    DriverObject->DriverUnload = SlotUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
