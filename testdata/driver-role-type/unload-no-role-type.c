// driver-role-type: the Unload routine is declared with a plain prototype and
// never with DRIVER_UNLOAD, so the role type's annotations (PASSIVE_LEVEL, the
// parameter contract) never apply to it. Fires on the prototype, the routine's
// first declaration. The silent twin is unload-with-role-type.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
VOID SampUnload(_In_ PDRIVER_OBJECT DriverObject); // expect: driver-role-type "is not declared with role type DRIVER_UNLOAD"

static PDEVICE_OBJECT g_SampDevice;

VOID SampUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (g_SampDevice != NULL) {
        IoDeleteDevice(g_SampDevice);
        g_SampDevice = NULL;
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\SampRole");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &g_SampDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
