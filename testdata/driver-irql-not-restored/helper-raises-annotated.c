// driver-irql-not-restored: the sampling driver of helper-raises-on-one-path.c
// where PinProcessor is declared _IRQL_raises_(DISPATCH_LEVEL): returning
// raised is its contract (SAL), so its raising return is not reported. The
// caller lowers IRQL with KeLowerIrql when the helper succeeded. Silent.
// Twin: helper-raises-on-one-path.c.
#include <ntddk.h>

#define IOCTL_PIN_SAMPLE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x850, METHOD_BUFFERED, FILE_ANY_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PinUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH PinCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH PinDeviceControl;

static PDEVICE_OBJECT gDevice;
static BOOLEAN gPinningEnabled = TRUE;

// Raises IRQL to DISPATCH_LEVEL so the caller stays on this processor.
_IRQL_raises_(DISPATCH_LEVEL) static NTSTATUS PinProcessor(PKIRQL OldIrql)
{
    if (!gPinningEnabled) {
        return STATUS_NOT_SUPPORTED;
    }
    KeRaiseIrql(DISPATCH_LEVEL, OldIrql);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS PinDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PULONG out = (PULONG)Irp->AssociatedIrp.SystemBuffer;
    ULONG_PTR information = 0;
    NTSTATUS status;
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.IoControlCode != IOCTL_PIN_SAMPLE) {
        status = STATUS_INVALID_DEVICE_REQUEST;
    } else if (stack->Parameters.DeviceIoControl.OutputBufferLength < 2 * sizeof(ULONG)) {
        status = STATUS_BUFFER_TOO_SMALL;
    } else {
        status = PinProcessor(&oldIrql);
        if (NT_SUCCESS(status)) {
            out[0] = KeGetCurrentProcessorNumber();
            out[1] = (ULONG)KeQueryInterruptTime();
            KeLowerIrql(oldIrql);
            information = 2 * sizeof(ULONG);
        }
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS PinCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID PinUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Pin");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = PinCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = PinCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = PinDeviceControl;
    DriverObject->DriverUnload = PinUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
