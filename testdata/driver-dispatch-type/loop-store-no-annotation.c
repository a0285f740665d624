// driver-dispatch-type: a legacy filter stores its pass-through routine in
// every MajorFunction slot with a loop. A store with a variable index only
// requires the routine to carry some _Dispatch_type_ annotation, and this one
// has none. Fires on its declaration. loop-store-other.c is the silent twin.
#include <ntddk.h>

typedef struct _SAMP_EXTENSION {
    PDEVICE_OBJECT Lower;
} SAMP_EXTENSION, *PSAMP_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
DRIVER_DISPATCH SampForward; // expect: driver-dispatch-type "has no _Dispatch_type_ annotation"

_Use_decl_annotations_
NTSTATUS SampForward(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(((PSAMP_EXTENSION)DeviceObject->DeviceExtension)->Lower, Irp);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    PDEVICE_OBJECT device = DriverObject->DeviceObject;

    if (device != NULL) {
        IoDetachDevice(((PSAMP_EXTENSION)device->DeviceExtension)->Lower);
        IoDeleteDevice(device);
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING target = RTL_CONSTANT_STRING(L"\\Device\\SampTarget");
    PDEVICE_OBJECT device;
    PSAMP_EXTENSION ext;
    NTSTATUS status;
    ULONG i;

    UNREFERENCED_PARAMETER(RegistryPath);
    for (i = 0; i <= IRP_MJ_MAXIMUM_FUNCTION; i++) {
        DriverObject->MajorFunction[i] = SampForward;
    }
    DriverObject->DriverUnload = SampUnload;

    status = IoCreateDevice(DriverObject, sizeof(SAMP_EXTENSION), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PSAMP_EXTENSION)device->DeviceExtension;
    status = IoAttachDevice(device, &target, &ext->Lower);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(device);
        return status;
    }
    device->Flags |= ext->Lower->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO);
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
