// driver-irql: the Timeout-reloading driver of
// annotated-helper-called-under-lock.c done right: CfgDeviceControl
// (PASSIVE_LEVEL) calls CfgReadTimeout, declared
// _IRQL_requires_max_(PASSIVE_LEVEL), before taking the spin lock gCfgLock,
// and only stores the value under the lock. Silent. Twin:
// annotated-helper-called-under-lock.c.
#include <ntddk.h>

#define IOCTL_CFG_RELOAD CTL_CODE(FILE_DEVICE_UNKNOWN, 0x820, METHOD_BUFFERED, FILE_ANY_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD CfgUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH CfgCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH CfgDeviceControl;

_IRQL_requires_max_(PASSIVE_LEVEL) static NTSTATUS CfgReadTimeout(PULONG Timeout);

static PDEVICE_OBJECT gDevice;
static UNICODE_STRING gKeyPath;
static WCHAR gKeyPathBuffer[256];
static KSPIN_LOCK gCfgLock;
static KSPIN_LOCK gGenerationLock;
static ULONG gTimeout;
static ULONG gGeneration;

// Reads the Timeout value of the service key.
_Use_decl_annotations_
static NTSTATUS CfgReadTimeout(PULONG Timeout)
{
    RTL_QUERY_REGISTRY_TABLE table[2];
    ULONG value = 30;
    NTSTATUS status;

    RtlZeroMemory(table, sizeof(table));
    table[0].Flags = RTL_QUERY_REGISTRY_DIRECT | RTL_QUERY_REGISTRY_REQUIRED;
    table[0].Name = L"Timeout";
    table[0].EntryContext = &value;
    status = RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE, gKeyPath.Buffer, table, NULL, NULL);
    *Timeout = value;
    return status;
}

_Use_decl_annotations_
NTSTATUS CfgDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.IoControlCode != IOCTL_CFG_RELOAD) {
        status = STATUS_INVALID_DEVICE_REQUEST;
    } else {
        ULONG timeout;

        status = CfgReadTimeout(&timeout);
        if (NT_SUCCESS(status)) {
            KeAcquireSpinLock(&gCfgLock, &oldIrql);
            gTimeout = timeout;
            KeReleaseSpinLock(&gCfgLock, oldIrql);
        }
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS CfgCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID CfgUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Cfg");
    NTSTATUS status;

    KeInitializeSpinLock(&gCfgLock);
    KeInitializeSpinLock(&gGenerationLock);
    RtlInitEmptyUnicodeString(&gKeyPath, gKeyPathBuffer, sizeof(gKeyPathBuffer));
    RtlCopyUnicodeString(&gKeyPath, RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = CfgCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = CfgCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = CfgDeviceControl;
    DriverObject->DriverUnload = CfgUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
