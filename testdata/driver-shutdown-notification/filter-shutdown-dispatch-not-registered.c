// driver-shutdown-notification: a legacy upper filter that attaches its
// device above \Device\Harddisk0\DR0 with IoAttachDeviceToDeviceStack and
// has an IRP_MJ_SHUTDOWN routine (it counts the shutdown and passes the IRP
// down), without ever calling IoRegisterShutdownNotification. It does not
// need to: the shutdown IRPs sent to the stack it sits in reach it from
// above. Silent. Twin: shutdown-dispatch-never-registered.c (the same
// routine in a driver that is in no device stack).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DkfUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) _Dispatch_type_(IRP_MJ_READ) _Dispatch_type_(IRP_MJ_WRITE) DRIVER_DISPATCH DkfPassThrough;
_Dispatch_type_(IRP_MJ_SHUTDOWN) DRIVER_DISPATCH DkfShutdown;

static PDEVICE_OBJECT gFilter;
static PDEVICE_OBJECT gLower;
static PFILE_OBJECT gTargetFile;
static volatile LONG gShutdowns;

_Use_decl_annotations_
NTSTATUS DkfPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(gLower, Irp);
}

_Use_decl_annotations_
NTSTATUS DkfShutdown(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    InterlockedIncrement(&gShutdowns);
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(gLower, Irp);
}

_Use_decl_annotations_
VOID DkfUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDetachDevice(gLower);
    IoDeleteDevice(gFilter);
    ObDereferenceObject(gTargetFile);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING targetName = RTL_CONSTANT_STRING(L"\\Device\\Harddisk0\\DR0");
    PDEVICE_OBJECT target;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoGetDeviceObjectPointer(&targetName, FILE_READ_ATTRIBUTES, &gTargetFile, &target);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateDevice(DriverObject, 0, NULL, target->DeviceType, 0, FALSE, &gFilter);
    if (!NT_SUCCESS(status)) {
        ObDereferenceObject(gTargetFile);
        return status;
    }
    gLower = IoAttachDeviceToDeviceStack(gFilter, target);
    if (gLower == NULL) {
        IoDeleteDevice(gFilter);
        ObDereferenceObject(gTargetFile);
        return STATUS_NO_SUCH_DEVICE;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DkfPassThrough;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DkfPassThrough;
    DriverObject->MajorFunction[IRP_MJ_READ] = DkfPassThrough;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DkfPassThrough;
    DriverObject->MajorFunction[IRP_MJ_SHUTDOWN] = DkfShutdown;
    DriverObject->DriverUnload = DkfUnload;
    gFilter->Flags |= gLower->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO | DO_POWER_PAGABLE);
    gFilter->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
