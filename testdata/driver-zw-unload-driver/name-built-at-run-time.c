// driver-zw-unload-driver: the service key is built at run time: the
// prefix \Registry\Machine\System\CurrentControlSet\Services\ and the
// helper's name are appended, with RtlAppendUnicodeToString, to a string over
// a stack buffer. The analysis traces names only from a literal through
// RtlInitUnicodeString, RTL_CONSTANT_STRING, DECLARE_CONST_UNICODE_STRING or
// an initializer; a string built at run time is not traced (and this one is
// right anyway). Silent.
// The updater driver stops the helper an older version of it left running,
// from DriverEntry (PASSIVE_LEVEL), before it creates its device; it tests
// the status (a helper that is not running is fine).
// Firing twin: name-services-key-only.c (the prefix alone, traced).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static PDEVICE_OBJECT gDevice;

static NTSTATUS SampStopOldHelper(VOID)
{
    WCHAR buffer[128];
    UNICODE_STRING helperKey;
    NTSTATUS status;

    RtlInitEmptyUnicodeString(&helperKey, buffer, sizeof(buffer));
    status = RtlAppendUnicodeToString(&helperKey, L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\");
    if (NT_SUCCESS(status)) {
        status = RtlAppendUnicodeToString(&helperKey, L"SampHelper");
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return ZwUnloadDriver(&helperKey);
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
