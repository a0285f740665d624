// driver-irql-not-restored: a driver that scans a table of slots for the first
// free one from its IRP_MJ_DEVICE_CONTROL routine, taking each slot's
// in-stack queued spin lock in turn. Inside the loop, every path releases the
// lock before it leaves the iteration: the `continue` of a busy slot, the
// return of a claimed slot (which completes the IRP first), and the end of
// the body. The routine returns at the IRQL it was called at on every path.
// Silent. Twin: queued-lock-loop-return-held.c (the return inside the loop
// leaves the lock held).
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
                KeReleaseInStackQueuedSpinLock(&lockHandle);
                Irp->IoStatus.Status = STATUS_SUCCESS;
                Irp->IoStatus.Information = i;
                IoCompleteRequest(Irp, IO_NO_INCREMENT);
                return STATUS_SUCCESS;
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
