// driver-zw-unload-driver: a legacy file-system filter (it registers
// SampFsNotification with IoRegisterFsRegistrationChange in DriverEntry and
// withdraws it in SampUnload) unloads the companion driver an older version
// of it installed, from DriverEntry. A #if DBG block just above the call
// prints a trace, but the call itself comes after #endif, so it is compiled
// into every build, the retail one too. A file-system filter may call
// ZwUnloadDriver only for debugging (seed 002). Name and status are correct.
// Fires at the call, in a free build and in a checked build (-DDBG=1) alike.
// Silent twins: fs-filter-unload-under-dbg.c (the call inside #if DBG);
// ntifs-non-filter-unload.c (the same code in a driver that is no filter).
#include <ntifs.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
DRIVER_FS_NOTIFICATION SampFsNotification;

static volatile LONG gActiveFileSystems;

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

static VOID SampRemoveOldCompanion(VOID)
{
    UNICODE_STRING oldKey;
    NTSTATUS status;

    RtlInitUnicodeString(&oldKey, L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\SampOldCompanion");
#if DBG
    DbgPrint("samp: unloading %wZ\n", &oldKey);
#endif
    status = ZwUnloadDriver(&oldKey); // expect: driver-zw-unload-driver "a file-system filter must not call ZwUnloadDriver"
    if (!NT_SUCCESS(status) && status != STATUS_OBJECT_NAME_NOT_FOUND) {
        DbgPrint("samp: old companion still loaded: 0x%08X\n", status);
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
    SampRemoveOldCompanion();
    status = IoRegisterFsRegistrationChange(DriverObject, SampFsNotification);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
