// driver-zw-unload-driver, checked-build fixture (for a CLI test run with
// `-- -DDBG=1`, not for the expectation runner, which uses default flags).
// A legacy file-system filter (IoRegisterFsRegistrationChange in DriverEntry,
// IoUnregisterFsRegistrationChange in SampUnload) unloads, in its checked
// build only, the companion a previous test run left loaded: the call is
// inside #if DBG, which a filter may do (seed 002), but its status is thrown
// away.
// Free build (default): the call is not compiled in; no findings.
// Checked build (-DDBG=1): exactly one finding, at the ZwUnloadDriver line,
// "status returned by ZwUnloadDriver is ignored"; the #if DBG block excuses
// the filter's call, not the discarded status.
#include <ntifs.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
DRIVER_FS_NOTIFICATION SampFsNotification;

static volatile LONG gActiveFileSystems;
static UNICODE_STRING gCompanionKey =
    RTL_CONSTANT_STRING(L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\SampCompanion");

_Use_decl_annotations_
VOID SampFsNotification(PDEVICE_OBJECT DeviceObject, BOOLEAN FsActive)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    if (FsActive) {
        InterlockedIncrement(&gActiveFileSystems);
    } else {
        InterlockedDecrement(&gActiveFileSystems);
    }
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    IoUnregisterFsRegistrationChange(DriverObject, SampFsNotification);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
#if DBG
    ZwUnloadDriver(&gCompanionKey);
#endif
    status = IoRegisterFsRegistrationChange(DriverObject, SampFsNotification);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
