// driver-entry-failure-cleanup: a failing return reached after everything was
// undone. DriverEntry creates its device and symbolic link and registers a
// thread-creation callback; when the registration fails it deletes the link
// and the device right there, then falls through to a common exit that logs
// the status and wires up the driver only on success. At the final
// `return status;` the status is a failure only on the path where nothing is
// live any more; on the other path it is the success of
// PsSetCreateThreadNotifyRoutine. Silent. (The earlier failure returns undo
// what was made before them too.)
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gDevice;
static volatile LONG gThreadCount;

static VOID SampOnThread(HANDLE ProcessId, HANDLE ThreadId, BOOLEAN Create)
{
    UNREFERENCED_PARAMETER(ProcessId);
    UNREFERENCED_PARAMETER(ThreadId);
    if (Create) {
        InterlockedIncrement(&gThreadCount);
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
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampThreads");

    UNREFERENCED_PARAMETER(DriverObject);
    PsRemoveCreateThreadNotifyRoutine(SampOnThread);
    IoDeleteSymbolicLink(&linkName);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampThreads");
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampThreads");
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
    status = PsSetCreateThreadNotifyRoutine(SampOnThread);
    if (!NT_SUCCESS(status)) {
        IoDeleteSymbolicLink(&linkName);
        IoDeleteDevice(gDevice);
        gDevice = NULL;
    }
    DbgPrint("samp: DriverEntry returns 0x%08lx\n", status);
    if (NT_SUCCESS(status)) {
        DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
        DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
        DriverObject->DriverUnload = SampUnload;
        gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    }
    return status;
}
