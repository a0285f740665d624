// driver-irql: the sample-counting driver of dpc-level-lock-in-ioctl.c done
// right. Its DPC routine StatSampleDpc (DISPATCH_LEVEL, passed to
// KeInitializeDpc) takes the counters' lock with KeAcquireSpinLockAtDpcLevel
// and KeReleaseSpinLockFromDpcLevel, which require IRQL >= DISPATCH_LEVEL;
// its device control routine, at PASSIVE_LEVEL, uses KeAcquireSpinLock and
// KeReleaseSpinLock. Silent. Twin: dpc-level-lock-in-ioctl.c.
#include <ntddk.h>

#define IOCTL_STAT_READ CTL_CODE(FILE_DEVICE_UNKNOWN, 0x810, METHOD_BUFFERED, FILE_ANY_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD StatUnload;
KDEFERRED_ROUTINE StatSampleDpc;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH StatCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH StatDeviceControl;

static PDEVICE_OBJECT gDevice;
static KSPIN_LOCK gStatsLock;
static KTIMER gSampleTimer;
static KDPC gSampleDpc;
static ULONGLONG gSamples;
static ULONGLONG gLastTime;

_Use_decl_annotations_
VOID StatSampleDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    KeAcquireSpinLockAtDpcLevel(&gStatsLock);
    gSamples++;
    gLastTime = KeQueryInterruptTime();
    KeReleaseSpinLockFromDpcLevel(&gStatsLock);
}

_Use_decl_annotations_
NTSTATUS StatDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PULONGLONG out = (PULONGLONG)Irp->AssociatedIrp.SystemBuffer;
    NTSTATUS status = STATUS_SUCCESS;
    ULONG_PTR information = 0;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.IoControlCode != IOCTL_STAT_READ) {
        status = STATUS_INVALID_DEVICE_REQUEST;
    } else if (stack->Parameters.DeviceIoControl.OutputBufferLength < 2 * sizeof(ULONGLONG)) {
        status = STATUS_BUFFER_TOO_SMALL;
    } else {
        KIRQL oldIrql;

        KeAcquireSpinLock(&gStatsLock, &oldIrql);
        out[0] = gSamples;
        out[1] = gLastTime;
        KeReleaseSpinLock(&gStatsLock, oldIrql);
        information = 2 * sizeof(ULONGLONG);
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS StatCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID StatUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeCancelTimer(&gSampleTimer);
    KeFlushQueuedDpcs();
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Stat");
    LARGE_INTEGER dueTime;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&gStatsLock);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    KeInitializeTimer(&gSampleTimer);
    KeInitializeDpc(&gSampleDpc, StatSampleDpc, NULL);
    dueTime.QuadPart = -10 * 1000 * 1000; // one second, relative
    KeSetTimerEx(&gSampleTimer, dueTime, 1000, &gSampleDpc);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = StatCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = StatCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = StatDeviceControl;
    DriverObject->DriverUnload = StatUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
