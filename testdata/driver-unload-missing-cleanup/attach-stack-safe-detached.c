// driver-unload-missing-cleanup: a legacy (non-PnP) filter attaches its
// filter device on top of \Device\SampTarget's stack with
// IoAttachDeviceToDeviceStackSafe, which writes the device attached to into
// ext->LowerDevice. SampUnload calls IoDetachDevice(ext->LowerDevice) before
// deleting the filter device. Silent.
// attach-stack-safe-not-detached.c is the firing twin.
#include <ntddk.h>

typedef struct _SAMP_FILTER_EXTENSION {
    PDEVICE_OBJECT LowerDevice;
    ULONG RequestCount;
} SAMP_FILTER_EXTENSION, *PSAMP_FILTER_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) _Dispatch_type_(IRP_MJ_READ)
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SampPassThrough;

static PDEVICE_OBJECT gFilterDevice;

_Use_decl_annotations_
NTSTATUS SampPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSAMP_FILTER_EXTENSION ext = (PSAMP_FILTER_EXTENSION)DeviceObject->DeviceExtension;

    InterlockedIncrement((volatile LONG *)&ext->RequestCount);
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->LowerDevice, Irp);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    PSAMP_FILTER_EXTENSION ext = (PSAMP_FILTER_EXTENSION)gFilterDevice->DeviceExtension;

    UNREFERENCED_PARAMETER(DriverObject);
    IoDetachDevice(ext->LowerDevice);
    IoDeleteDevice(gFilterDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING targetName = RTL_CONSTANT_STRING(L"\\Device\\SampTarget");
    PFILE_OBJECT targetFile;
    PDEVICE_OBJECT targetDevice;
    PSAMP_FILTER_EXTENSION ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoGetDeviceObjectPointer(&targetName, FILE_READ_DATA, &targetFile, &targetDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateDevice(DriverObject, sizeof(SAMP_FILTER_EXTENSION), NULL, targetDevice->DeviceType,
                            0, FALSE, &gFilterDevice);
    if (!NT_SUCCESS(status)) {
        ObDereferenceObject(targetFile);
        return status;
    }
    ext = (PSAMP_FILTER_EXTENSION)gFilterDevice->DeviceExtension;
    ext->RequestCount = 0;
    status = IoAttachDeviceToDeviceStackSafe(gFilterDevice, targetDevice, &ext->LowerDevice);
    ObDereferenceObject(targetFile);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gFilterDevice);
        return status;
    }
    gFilterDevice->Flags |= ext->LowerDevice->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampPassThrough;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampPassThrough;
    DriverObject->MajorFunction[IRP_MJ_READ] = SampPassThrough;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SampPassThrough;
    DriverObject->DriverUnload = SampUnload;
    gFilterDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
