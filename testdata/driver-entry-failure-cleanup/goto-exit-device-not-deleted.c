// driver-entry-failure-cleanup: goto-unwind style with a forgotten release.
// DriverEntry creates its device into a local pointer, names it, and registers
// a process-creation callback; every failure jumps to Exit, which deletes the
// symbolic link when linkCreated says it exists but never deletes the device
// object. A failure of IoCreateSymbolicLink or of
// PsSetCreateProcessNotifyRoutineEx reaches the shared `return status;` with
// the device object still live, and Unload is not called when DriverEntry
// fails. Fires once, at that return (while device object 'device' is live).
// Silent twin: goto-exit-flags.c.
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
    }
    return status; // expect: driver-entry-failure-cleanup "while device object"
}
