// driver-entry-failure-cleanup: helper-returns-registration-status.c whose
// failure path forgets the device. The process-creation callback is not
// live there (its own registration is what failed), the device object is.
// Fires at the return, naming only the device.
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
        return status; // expect: driver-entry-failure-cleanup "while device object 'gDevice'"
    }
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
