// driver-entry-failure-cleanup: returns that are not failures, with things
// live. DriverEntry creates its device and symbolic link, registers a registry
// callback (a failure there is undone and returned), then tries an optional
// process-creation callback: when that one fails it only logs and sets status
// back to STATUS_SUCCESS, running without process events. The final
// `return status;` returns a success on every path, with the device, the link
// and the registry callback live: the normal case, which SampUnload undoes
// later. Silent.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gDevice;
static LARGE_INTEGER gRegistryCookie;
static BOOLEAN gProcessNotifySet;

static VOID SampOnProcess(HANDLE ParentId, HANDLE ProcessId, BOOLEAN Create)
{
    UNREFERENCED_PARAMETER(ParentId);
    DbgPrint("samp: process %p %s\n", ProcessId, Create ? "created" : "exited");
}

static NTSTATUS SampOnRegistry(PVOID CallbackContext, PVOID Argument1, PVOID Argument2)
{
    UNREFERENCED_PARAMETER(CallbackContext);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);
    return STATUS_SUCCESS;
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
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampLive");

    UNREFERENCED_PARAMETER(DriverObject);
    if (gProcessNotifySet) {
        PsSetCreateProcessNotifyRoutine(SampOnProcess, TRUE);
    }
    CmUnRegisterCallback(gRegistryCookie);
    IoDeleteSymbolicLink(&linkName);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampLive");
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampLive");
    UNICODE_STRING altitude = RTL_CONSTANT_STRING(L"385222");
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
    status = CmRegisterCallbackEx(SampOnRegistry, &altitude, DriverObject, NULL, &gRegistryCookie, NULL);
    if (!NT_SUCCESS(status)) {
        IoDeleteSymbolicLink(&linkName);
        IoDeleteDevice(gDevice);
        return status;
    }
    status = PsSetCreateProcessNotifyRoutine(SampOnProcess, FALSE);
    if (!NT_SUCCESS(status)) {
        DbgPrint("samp: no process events (0x%08lx), continuing\n", status);
        status = STATUS_SUCCESS;
    } else {
        gProcessNotifySet = TRUE;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return status;
}
