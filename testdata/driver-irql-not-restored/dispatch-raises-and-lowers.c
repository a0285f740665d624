// driver-irql-not-restored: the snapshot driver of
// dispatch-raises-never-lowers.c done right: PerfRead calls
// KeLowerIrql(oldIrql) after taking the snapshot, so it returns at the IRQL
// it was called at. Silent. Twin: dispatch-raises-never-lowers.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PerfUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH PerfCreateClose;
_Dispatch_type_(IRP_MJ_READ) DRIVER_DISPATCH PerfRead;

typedef struct _PERF_SNAPSHOT {
    ULONG Processor;
    ULONGLONG InterruptTime;
} PERF_SNAPSHOT, *PPERF_SNAPSHOT;

static PDEVICE_OBJECT gDevice;

_Use_decl_annotations_
NTSTATUS PerfRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PPERF_SNAPSHOT snapshot = (PPERF_SNAPSHOT)Irp->AssociatedIrp.SystemBuffer;
    KIRQL oldIrql;
    NTSTATUS status = STATUS_SUCCESS;
    ULONG_PTR information = 0;

    UNREFERENCED_PARAMETER(DeviceObject);
    // Both values from the same processor.
    oldIrql = KeRaiseIrqlToDpcLevel();
    if (stack->Parameters.Read.Length < sizeof(PERF_SNAPSHOT)) {
        status = STATUS_BUFFER_TOO_SMALL;
    } else {
        snapshot->Processor = KeGetCurrentProcessorNumber();
        snapshot->InterruptTime = KeQueryInterruptTime();
        information = sizeof(PERF_SNAPSHOT);
    }
    KeLowerIrql(oldIrql);
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS PerfCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID PerfUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Perf");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    gDevice->Flags |= DO_BUFFERED_IO;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = PerfCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = PerfCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = PerfRead;
    DriverObject->DriverUnload = PerfUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
