// driver-irql: a driver that caches registry-key handles opened through
// IRP_MJ_DEVICE_CONTROL in a table guarded by the spin lock gCacheLock. Its
// Unload routine (PASSIVE_LEVEL) drains the table in a loop while holding the
// lock and calls ZwClose on each handle at DISPATCH_LEVEL: ZwClose requires
// PASSIVE_LEVEL. Fires on that ZwClose (on the loop's first and every later
// round alike). Twin: unload-drains-cache-dropping-lock.c.
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
        ZwClose(key); // expect: driver-irql "'ZwClose' requires PASSIVE_LEVEL but is called at DISPATCH_LEVEL while spin lock 'gCacheLock' is held"
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
