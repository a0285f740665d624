// driver-entry-failure-cleanup: a helper that is nothing but a registration
// and returns its status: SampStartWatch returns what
// PsSetCreateProcessNotifyRoutineEx returned. When DriverEntry finds that
// status failing, the registration itself failed and registered nothing, so
// deleting the device is all the failure path owes. Silent.
// Twin: helper-returns-registration-status-device-kept.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static PDEVICE_OBJECT gDevice;
static volatile LONG gStarts;

static VOID SampOnProcess(PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    UNREFERENCED_PARAMETER(ProcessId);
    if (CreateInfo != NULL) {
        InterlockedIncrement(&gStarts);
    }
}

static NTSTATUS SampStartWatch(VOID)
{
    return PsSetCreateProcessNotifyRoutineEx(SampOnProcess, FALSE);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    PsSetCreateProcessNotifyRoutineEx(SampOnProcess, TRUE);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampWatch");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE,
                            &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = SampStartWatch();
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gDevice);
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
