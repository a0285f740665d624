// driver-unload-missing-cleanup: cb-fs-registration-change-unregistered.c
// whose Unload routine forgets IoUnregisterFsRegistrationChange: the next file
// system to register calls SampFsNotification in an unloaded image. Fires on
// the IoRegisterFsRegistrationChange call.
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

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    DbgPrint("samp: %ld file systems active\n", gActiveFileSystems);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoRegisterFsRegistrationChange(DriverObject, SampFsNotification); // expect: driver-unload-missing-cleanup "IoRegisterFsRegistrationChange file system change callback 'SampFsNotification' is never unregistered: call IoUnregisterFsRegistrationChange(DriverObject, SampFsNotification) in 'SampUnload'"
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
