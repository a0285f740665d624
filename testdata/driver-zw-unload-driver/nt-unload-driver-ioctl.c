// driver-zw-unload-driver: zw-unload-helper-service.c with the helper
// unloaded through NtUnloadDriver. Kernel-mode code calls the Zw form: the Nt
// form treats the caller as the previous mode (possibly user mode) and probes
// and access-checks the service name as if it came from user mode (seed 002,
// "Using Nt and Zw Versions"): here the IOCTL comes from user mode, so the
// kernel-mode UNICODE_STRING fails the probe. The driver declares
// NtUnloadDriver itself (the DDK headers do not). Fires at the call.
// Silent twin: zw-unload-helper-service.c.
#include <ntddk.h>

#define IOCTL_SAMP_STOP_HELPER CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_WRITE_ACCESS)


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

_Use_decl_annotations_
NTSTATUS SampDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    UNICODE_STRING helperKey;
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_SAMP_STOP_HELPER) {
        RtlInitUnicodeString(&helperKey, L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\SampHelper");
        status = NtUnloadDriver(&helperKey); // expect: driver-zw-unload-driver "NtUnloadDriver called from kernel-mode code"
        if (!NT_SUCCESS(status)) {
            DbgPrint("samp: helper not unloaded: 0x%08X\n", status);
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
