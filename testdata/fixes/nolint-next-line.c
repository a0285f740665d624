// Fix-its next to a NOLINTNEXTLINE comment: the Unload routine keeps its
// historical name SampCleanupRoutine, and a NOLINTNEXTLINE comment silences
// driver-routine-naming on its definition. The definition is also its only
// declaration, without DRIVER_UNLOAD: the driver-role-type fix inserts the
// declaration above the comment, not between it and the definition, where
// the comment would silence the new line instead and the naming finding
// would come back (nolint-next-line.c.fixed).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;

// expect@+2: driver-role-type "DRIVER_UNLOAD"
// NOLINTNEXTLINE(driver-routine-naming)
VOID SampCleanupRoutine(PDRIVER_OBJECT DriverObject)
{
    if (DriverObject->DeviceObject != NULL) {
        IoDeleteDevice(DriverObject->DeviceObject);
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampCleanupRoutine;
    return STATUS_SUCCESS;
}
