// driver-entry-failure-cleanup: the failure path undoes everything through
// the same helper the Unload routine calls. SampTeardown removes the image-load
// callback, deletes the symbolic link and deletes the device, each under the
// global flag or pointer that says it was made. DriverEntry sets those as it
// goes and calls SampTeardown on every failure after the device exists, so
// every failing return comes after a release through a callee. Silent.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gDevice;
static UNICODE_STRING gLinkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampShared");
static BOOLEAN gLinkCreated;
static BOOLEAN gImageNotifySet;

static VOID SampOnImage(PUNICODE_STRING FullImageName, HANDLE ProcessId, PIMAGE_INFO ImageInfo)
{
    UNREFERENCED_PARAMETER(ProcessId);
    UNREFERENCED_PARAMETER(ImageInfo);
    if (FullImageName != NULL) {
        DbgPrint("samp: image %wZ\n", FullImageName);
    }
}

static VOID SampTeardown(VOID)
{
    if (gImageNotifySet) {
        PsRemoveLoadImageNotifyRoutine(SampOnImage);
        gImageNotifySet = FALSE;
    }
    if (gLinkCreated) {
        IoDeleteSymbolicLink(&gLinkName);
        gLinkCreated = FALSE;
    }
    if (gDevice != NULL) {
        IoDeleteDevice(gDevice);
        gDevice = NULL;
    }
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
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    SampTeardown();
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampShared");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        gDevice = NULL;
        return status;
    }
    status = IoCreateSymbolicLink(&gLinkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        SampTeardown();
        return status;
    }
    gLinkCreated = TRUE;
    status = PsSetLoadImageNotifyRoutine(SampOnImage);
    if (!NT_SUCCESS(status)) {
        SampTeardown();
        return status;
    }
    gImageNotifySet = TRUE;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
