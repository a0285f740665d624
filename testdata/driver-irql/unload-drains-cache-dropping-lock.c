// driver-irql: the handle-cache driver of unload-drains-cache-under-lock.c
// done right: inside the drain loop, Unload takes a handle out of the table,
// drops the spin lock gCacheLock around ZwClose and takes it again before the
// next round. At the loop head the lock is held whichever acquisition took
// it (the one before the loop or the one at the end of the previous round),
// and after KeReleaseSpinLock the IRQL is Unload's own PASSIVE_LEVEL again.
// Silent. Twin: unload-drains-cache-under-lock.c.
#include <ntddk.h>

#define IOCTL_KC_OPEN CTL_CODE(FILE_DEVICE_UNKNOWN, 0x880, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define KC_MAX 16

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD KcUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH KcCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH KcDeviceControl;

static PDEVICE_OBJECT gDevice;
static KSPIN_LOCK gCacheLock;
static HANDLE gCache[KC_MAX];
static ULONG gCached;

_Use_decl_annotations_
NTSTATUS KcDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    UNICODE_STRING path = RTL_CONSTANT_STRING(L"\\Registry\\Machine\\Software\\Kc");
    OBJECT_ATTRIBUTES attributes;
    HANDLE key = NULL;
    NTSTATUS status;
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.IoControlCode != IOCTL_KC_OPEN) {
        status = STATUS_INVALID_DEVICE_REQUEST;
    } else {
        InitializeObjectAttributes(&attributes, &path, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
        status = ZwOpenKey(&key, KEY_READ, &attributes);
        if (NT_SUCCESS(status)) {
            KeAcquireSpinLock(&gCacheLock, &oldIrql);
            if (gCached < KC_MAX) {
                gCache[gCached++] = key;
                key = NULL;
            }
            KeReleaseSpinLock(&gCacheLock, oldIrql);
            if (key != NULL) {
                ZwClose(key);
                status = STATUS_INSUFFICIENT_RESOURCES;
            }
        }
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS KcCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID KcUnload(PDRIVER_OBJECT DriverObject)
{
    KIRQL oldIrql;
    HANDLE key;

    UNREFERENCED_PARAMETER(DriverObject);
    KeAcquireSpinLock(&gCacheLock, &oldIrql);
    while (gCached > 0) {
        key = gCache[--gCached];
        KeReleaseSpinLock(&gCacheLock, oldIrql);
        ZwClose(key);
        KeAcquireSpinLock(&gCacheLock, &oldIrql);
    }
    KeReleaseSpinLock(&gCacheLock, oldIrql);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Kc");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&gCacheLock);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = KcCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = KcCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = KcDeviceControl;
    DriverObject->DriverUnload = KcUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
