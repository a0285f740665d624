// driver-entry-failure-cleanup: goto-unwind style. DriverEntry creates its
// device into a local pointer, names it, and registers a process-creation
// callback; every failure jumps to Exit, which undoes what the flags say was
// made: `if (linkCreated) IoDeleteSymbolicLink(&linkName); if (device != NULL)
// IoDeleteDevice(device);` under `if (!NT_SUCCESS(status))`. On the success
// path the device is published in gDevice for SampUnload. Silent. Firing twin:
// goto-exit-device-not-deleted.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gDevice;
static UNICODE_STRING gLinkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampUnwind");

static VOID SampOnProcess(PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    if (CreateInfo != NULL && CreateInfo->ImageFileName != NULL) {
        DbgPrint("samp: process %p is %wZ\n", ProcessId, CreateInfo->ImageFileName);
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
    PsSetCreateProcessNotifyRoutineEx(SampOnProcess, TRUE);
    IoDeleteSymbolicLink(&gLinkName);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampUnwind");
    PDEVICE_OBJECT device = NULL;
    BOOLEAN linkCreated = FALSE;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        device = NULL;
        goto Exit;
    }
    status = IoCreateSymbolicLink(&gLinkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    linkCreated = TRUE;
    status = PsSetCreateProcessNotifyRoutineEx(SampOnProcess, FALSE);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->DriverUnload = SampUnload;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    gDevice = device;

Exit:
    if (!NT_SUCCESS(status)) {
        if (linkCreated) {
            IoDeleteSymbolicLink(&gLinkName);
        }
        if (device != NULL) {
            IoDeleteDevice(device);
        }
    }
    return status;
}
