// driver-zw-unload-driver: the service key comes from the caller:
// IOCTL_SAMP_STOP_SERVICE carries it in its input buffer (the product's
// service controller passes the full key of the service to stop), and
// SampUnloadService hands its parameter to ZwUnloadDriver and returns the
// status, which becomes the IOCTL's. The analysis cannot trace a name held
// in a parameter and filled at run time: it says nothing about it. Silent.
// Firing twin: name-subkey.c (a wrong name traced from a literal).
#include <ntddk.h>

#define IOCTL_SAMP_STOP_SERVICE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x803, METHOD_BUFFERED, FILE_WRITE_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SampDeviceControl;

static PDEVICE_OBJECT gDevice;
static UNICODE_STRING gLinkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampMonitor");

static NTSTATUS SampCompleteIrp(PIRP Irp, NTSTATUS Status)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

_Use_decl_annotations_
NTSTATUS SampCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return SampCompleteIrp(Irp, STATUS_SUCCESS);
}

static NTSTATUS SampUnloadService(PUNICODE_STRING ServiceKey)
{
    DbgPrint("samp: unloading %wZ\n", ServiceKey);
    return ZwUnloadDriver(ServiceKey);
}

_Use_decl_annotations_
NTSTATUS SampDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG length = stack->Parameters.DeviceIoControl.InputBufferLength;
    UNICODE_STRING serviceKey;
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_SAMP_STOP_SERVICE) {
        status = STATUS_INVALID_PARAMETER;
        if (length != 0 && length <= MAXUSHORT && length % sizeof(WCHAR) == 0) {
            serviceKey.Buffer = (PWCH)Irp->AssociatedIrp.SystemBuffer;
            serviceKey.Length = (USHORT)length;
            serviceKey.MaximumLength = (USHORT)length;
            status = SampUnloadService(&serviceKey);
        }
    }
    return SampCompleteIrp(Irp, status);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteSymbolicLink(&gLinkName);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampMonitor");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateSymbolicLink(&gLinkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gDevice);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SampDeviceControl;
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
