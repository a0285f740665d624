// driver-entry-failure-cleanup: DriverEntry creates its control device, names
// it with a symbolic link, then registers a process-creation callback with
// PsSetCreateProcessNotifyRoutine. When that third registration fails, the
// failure path deletes the device object but forgets the symbolic link, which
// stays in the object namespace after the driver's image is gone (the Unload
// routine is not called when DriverEntry fails), so the next load fails with
// STATUS_OBJECT_NAME_COLLISION. Fires at that `return status;` (while symbolic
// link '\DosDevices\SampMonitor' is live). Silent twin:
// third-registration-all-undone.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gDevice;
static volatile LONG gProcessCount;

static VOID SampOnProcess(HANDLE ParentId, HANDLE ProcessId, BOOLEAN Create)
{
    UNREFERENCED_PARAMETER(ParentId);
    UNREFERENCED_PARAMETER(ProcessId);
    if (Create) {
        InterlockedIncrement(&gProcessCount);
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
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampMonitor");

    UNREFERENCED_PARAMETER(DriverObject);
    PsSetCreateProcessNotifyRoutine(SampOnProcess, TRUE);
    IoDeleteSymbolicLink(&linkName);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampMonitor");
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampMonitor");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateSymbolicLink(&linkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gDevice);
        return status;
    }
    status = PsSetCreateProcessNotifyRoutine(SampOnProcess, FALSE);
    if (!NT_SUCCESS(status)) {
        DbgPrint("samp: cannot watch processes (0x%08lx)\n", status);
        IoDeleteDevice(gDevice);
        return status; // expect: driver-entry-failure-cleanup "while symbolic link"
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
