// driver-zw-unload-driver: name-empty-service-name.c with the helper's name
// after the prefix: the global UNICODE_STRING, initialised with
// RTL_CONSTANT_STRING, holds
// \Registry\Machine\System\CurrentControlSet\Services\SampHelper. The
// status is returned to DriverEntry, which tests it: returning it is using
// it. Silent.
// The updater driver stops the helper an older version of it left running,
// from DriverEntry (PASSIVE_LEVEL), before it creates its device; it tests
// the status (a helper that is not running is fine).
// Firing twin: name-empty-service-name.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static PDEVICE_OBJECT gDevice;
static UNICODE_STRING gHelperKey =
    RTL_CONSTANT_STRING(L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\SampHelper");

static NTSTATUS SampStopOldHelper(VOID)
{
    return ZwUnloadDriver(&gHelperKey);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampUpdater");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = SampStopOldHelper();
    if (!NT_SUCCESS(status) && status != STATUS_OBJECT_NAME_NOT_FOUND) {
        DbgPrint("samp: old helper still loaded: 0x%08X\n", status);
        return status;
    }
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
