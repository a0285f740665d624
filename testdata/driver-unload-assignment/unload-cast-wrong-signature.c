// driver-unload-assignment (c): the Unload routine was written to return
// NTSTATUS, and the compiler's complaint about the store was silenced with a
// cast. The cast hides a routine of another type: fires on the store. That
// it also lacks a DRIVER_UNLOAD declaration is the same defect, so
// driver-role-type stays silent (one defect, one finding).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
NTSTATUS SampUnload(_In_ PDRIVER_OBJECT DriverObject);

static PDEVICE_OBJECT g_Device;

NTSTATUS SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (g_Device == NULL) {
        return STATUS_SUCCESS;
    }
    IoDeleteDevice(g_Device);
    g_Device = NULL;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &g_Device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = (PDRIVER_UNLOAD)SampUnload; // expect: driver-unload-assignment "is not an Unload routine"
    return STATUS_SUCCESS;
}
