// driver-irql: a driver whose IRP_MJ_DEVICE_CONTROL routine (PASSIVE_LEVEL)
// resets a Timeout value and bumps a generation counter. The helper
// CfgBumpGeneration is defined _IRQL_requires_min_(DISPATCH_LEVEL): it takes
// an inner lock with KeAcquireSpinLockAtDpcLevel and expects the caller to
// hold gCfgLock. CfgDeviceControl calls it after releasing gCfgLock, at
// PASSIVE_LEVEL, below what the helper's annotation allows. Fires on the call
// to CfgBumpGeneration (and not inside the helper: its annotation says it runs
// at IRQL >= DISPATCH_LEVEL). Twin: annotated-min-dispatch-called-under-lock.c.
#include <ntddk.h>

#define IOCTL_CFG_RELOAD CTL_CODE(FILE_DEVICE_UNKNOWN, 0x820, METHOD_BUFFERED, FILE_ANY_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD CfgUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH CfgCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH CfgDeviceControl;

static PDEVICE_OBJECT gDevice;
static UNICODE_STRING gKeyPath;
static WCHAR gKeyPathBuffer[256];
static KSPIN_LOCK gCfgLock;
static KSPIN_LOCK gGenerationLock;
static ULONG gTimeout;
static ULONG gGeneration;

// Must be called with gCfgLock held: takes the inner lock at DPC level.
_IRQL_requires_min_(DISPATCH_LEVEL) static VOID CfgBumpGeneration(VOID)
{
    KeAcquireSpinLockAtDpcLevel(&gGenerationLock);
    gGeneration++;
    KeReleaseSpinLockFromDpcLevel(&gGenerationLock);
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
        KeAcquireSpinLock(&gCfgLock, &oldIrql);
        gTimeout = 30;
        KeReleaseSpinLock(&gCfgLock, oldIrql);
        CfgBumpGeneration(); // expect: driver-irql "'CfgBumpGeneration' is annotated to run at IRQL >= DISPATCH_LEVEL but is called at PASSIVE_LEVEL because 'CfgDeviceControl' handles IRP_MJ_DEVICE_CONTROL"
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
