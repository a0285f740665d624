// driver-zw-unload-driver: zw-unload-driver-work-item.c with the helper
// named by its service name alone, L"SampHelper" (RTL_CONSTANT_STRING),
// instead of its key
// \Registry\Machine\System\CurrentControlSet\Services\SampHelper.
// ZwUnloadDriver takes the full path of the driver's registry key (seed 002);
// given a bare name it fails and the helper stays loaded. Fires at the call.
// Silent twin: zw-unload-driver-work-item.c.
#include <ntddk.h>

#define IOCTL_SAMP_STOP_HELPER CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_WRITE_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
IO_WORKITEM_ROUTINE SampStopHelperWork;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SampDeviceControl;

static PDEVICE_OBJECT gDevice;

_Use_decl_annotations_
VOID SampStopHelperWork(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    UNICODE_STRING helperKey = RTL_CONSTANT_STRING(L"SampHelper");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);
    status = ZwUnloadDriver(&helperKey); // expect: driver-zw-unload-driver "is not a service key"
    if (!NT_SUCCESS(status)) {
        DbgPrint("samp: helper not unloaded: 0x%08X\n", status);
    }
    IoFreeWorkItem((PIO_WORKITEM)Context);
}

_Use_decl_annotations_
NTSTATUS SampCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS SampDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;
    PIO_WORKITEM item;

    if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_SAMP_STOP_HELPER) {
        item = IoAllocateWorkItem(DeviceObject);
        status = STATUS_INSUFFICIENT_RESOURCES;
        if (item != NULL) {
            IoQueueWorkItem(item, SampStopHelperWork, DelayedWorkQueue, item);
            status = STATUS_SUCCESS;
        }
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampStopper");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SampDeviceControl;
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
