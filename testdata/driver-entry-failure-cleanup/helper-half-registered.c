// driver-entry-failure-cleanup: a helper that fails half-way.
// SampRegisterCallbacks registers a process-creation callback, then a registry
// callback with CmRegisterCallbackEx; when the second fails it returns the
// status without removing the first. DriverEntry checks the helper's status
// and deletes its device, which is right for what DriverEntry itself made, so
// the process-creation callback stays registered to code that is unloaded.
// Fires at the helper's `return status;` (the helper registered and failed;
// one finding there, not another at DriverEntry's return), while
// process-creation callback 'SampOnProcess' is live. Silent twin:
// helper-half-registered-undone.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gDevice;
static LARGE_INTEGER gRegistryCookie;
static volatile LONG gEventCount;

static VOID SampOnProcess(HANDLE ParentId, HANDLE ProcessId, BOOLEAN Create)
{
    UNREFERENCED_PARAMETER(ParentId);
    UNREFERENCED_PARAMETER(ProcessId);
    UNREFERENCED_PARAMETER(Create);
    InterlockedIncrement(&gEventCount);
}

static NTSTATUS SampOnRegistry(PVOID CallbackContext, PVOID Argument1, PVOID Argument2)
{
    UNREFERENCED_PARAMETER(CallbackContext);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);
    InterlockedIncrement(&gEventCount);
    return STATUS_SUCCESS;
}

static NTSTATUS SampRegisterCallbacks(PDRIVER_OBJECT DriverObject)
{
    UNICODE_STRING altitude = RTL_CONSTANT_STRING(L"385218");
    NTSTATUS status;

    status = PsSetCreateProcessNotifyRoutine(SampOnProcess, FALSE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = CmRegisterCallbackEx(SampOnRegistry, &altitude, DriverObject, NULL,
                                  &gRegistryCookie, NULL);
    if (!NT_SUCCESS(status)) {
        return status; // expect: driver-entry-failure-cleanup "while process-creation callback"
    }
    return STATUS_SUCCESS;
}

static VOID SampUnregisterCallbacks(VOID)
{
    CmUnRegisterCallback(gRegistryCookie);
    PsSetCreateProcessNotifyRoutine(SampOnProcess, TRUE);
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
    SampUnregisterCallbacks();
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = SampRegisterCallbacks(DriverObject);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gDevice);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
