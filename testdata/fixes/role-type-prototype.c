// Fix-its of driver-role-type: the static Unload routine has a plain
// prototype and DriverEntry only a definition, neither with its role type,
// and neither definition has _Use_decl_annotations_. Each fix inserts the
// role-type declaration before the routine's first declaration ("static"
// kept, so the result still compiles) and _Use_decl_annotations_ before its
// definition: role-type-prototype.c.fixed. no-fix.c is the twin that gets
// no fix.
#include <ntddk.h>

static VOID SampUnload(_In_ PDRIVER_OBJECT DriverObject); // expect: driver-role-type "DRIVER_UNLOAD"

static PDEVICE_OBJECT g_SampDevice;

static VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (g_SampDevice != NULL) {
        IoDeleteDevice(g_SampDevice);
        g_SampDevice = NULL;
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) // expect: driver-role-type "DRIVER_INITIALIZE"
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &g_SampDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
