// driver-irql: the session driver of ioctl-zwclose-under-spin-lock.c done
// right: SesClose takes the handle out of the table while it holds the spin
// lock gLock and calls ZwClose only after KeReleaseSpinLock has restored the
// IRQL the device control routine was called at (PASSIVE_LEVEL). Silent.
// Twin: ioctl-zwclose-under-spin-lock.c.
#include <ntddk.h>

#define IOCTL_SES_OPEN CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SES_CLOSE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define SES_MAX 8

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SesUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SesCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SesDeviceControl;

static PDEVICE_OBJECT gDevice;
static KSPIN_LOCK gLock;
static HANDLE gSessions[SES_MAX];

static NTSTATUS SesOpen(ULONG slot)
{
    UNICODE_STRING path = RTL_CONSTANT_STRING(L"\\Registry\\Machine\\Software\\Ses");
    OBJECT_ATTRIBUTES attributes;
    HANDLE key;
    HANDLE previous;
    NTSTATUS status;

    InitializeObjectAttributes(&attributes, &path, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    status = ZwOpenKey(&key, KEY_READ, &attributes);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    {
        KIRQL oldIrql;

        KeAcquireSpinLock(&gLock, &oldIrql);
        previous = gSessions[slot];
        if (previous == NULL) {
            gSessions[slot] = key;
        }
        KeReleaseSpinLock(&gLock, oldIrql);
    }
    if (previous != NULL) {
        ZwClose(key);
        status = STATUS_OBJECT_NAME_COLLISION;
    }
    return status;
}

static NTSTATUS SesClose(ULONG slot)
{
    KIRQL oldIrql;
    HANDLE handle;

    KeAcquireSpinLock(&gLock, &oldIrql);
    handle = gSessions[slot];
    gSessions[slot] = NULL;
    KeReleaseSpinLock(&gLock, oldIrql);
    if (handle == NULL) {
        return STATUS_NOT_FOUND;
    }
    ZwClose(handle);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS SesDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG slot;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(ULONG)) {
        status = STATUS_BUFFER_TOO_SMALL;
    } else {
        slot = *(PULONG)Irp->AssociatedIrp.SystemBuffer;
        if (slot >= SES_MAX) {
            status = STATUS_INVALID_PARAMETER;
        } else if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_SES_OPEN) {
            status = SesOpen(slot);
        } else if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_SES_CLOSE) {
            status = SesClose(slot);
        } else {
            status = STATUS_INVALID_DEVICE_REQUEST;
        }
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS SesCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID SesUnload(PDRIVER_OBJECT DriverObject)
{
    ULONG slot;

    UNREFERENCED_PARAMETER(DriverObject);
    for (slot = 0; slot < SES_MAX; slot++) {
        if (gSessions[slot] != NULL) {
            ZwClose(gSessions[slot]);
        }
    }
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Ses");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&gLock);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SesCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SesCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SesDeviceControl;
    DriverObject->DriverUnload = SesUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
