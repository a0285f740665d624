// driver-unload-missing-cleanup: a legacy filter whose features are
// optional. DriverEntry creates its filter device (gFilterDevice), then tries
// to attach it above \Device\SampTarget (gLowerDevice), to name it with a
// symbolic link (gLinkCreated says whether it did) and to register a
// process-creation callback (gProcessNotifyRegistered). SampUnload releases
// each under the guard that says it was acquired:
// `if (gLowerDevice != NULL) IoDetachDevice(gLowerDevice);` and so on. A
// guarded release is a release: the rule does not ask that it run on every
// path. Silent. attach-device-not-detached.c, symlink-not-deleted.c and
// process-notify-not-removed.c are firing counterparts.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) _Dispatch_type_(IRP_MJ_READ)
DRIVER_DISPATCH SampPassThrough;

static PDEVICE_OBJECT gFilterDevice;
static PDEVICE_OBJECT gLowerDevice;
static UNICODE_STRING gLinkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampGuarded");
static BOOLEAN gLinkCreated;
static BOOLEAN gProcessNotifyRegistered;

static VOID SampOnProcess(PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    UNREFERENCED_PARAMETER(CreateInfo);
    DbgPrint("samp: process %p\n", ProcessId);
}

_Use_decl_annotations_
NTSTATUS SampPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    if (gLowerDevice == NULL) {
        Irp->IoStatus.Status = STATUS_SUCCESS;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(gLowerDevice, Irp);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (gProcessNotifyRegistered) {
        PsSetCreateProcessNotifyRoutineEx(SampOnProcess, TRUE);
        gProcessNotifyRegistered = FALSE;
    }
    if (gLinkCreated) {
        IoDeleteSymbolicLink(&gLinkName);
    }
    if (gLowerDevice != NULL) {
        IoDetachDevice(gLowerDevice);
        gLowerDevice = NULL;
    }
    if (gFilterDevice != NULL) {
        IoDeleteDevice(gFilterDevice);
        gFilterDevice = NULL;
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampGuarded");
    UNICODE_STRING targetName = RTL_CONSTANT_STRING(L"\\Device\\SampTarget");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN, 0, FALSE, &gFilterDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (!NT_SUCCESS(IoAttachDevice(gFilterDevice, &targetName, &gLowerDevice))) {
        gLowerDevice = NULL;
        DbgPrint("samp: %wZ is not there, running unattached\n", &targetName);
    }
    gLinkCreated = NT_SUCCESS(IoCreateSymbolicLink(&gLinkName, &deviceName));
    gProcessNotifyRegistered = NT_SUCCESS(PsSetCreateProcessNotifyRoutineEx(SampOnProcess, FALSE));
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampPassThrough;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampPassThrough;
    DriverObject->MajorFunction[IRP_MJ_READ] = SampPassThrough;
    DriverObject->DriverUnload = SampUnload;
    gFilterDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
