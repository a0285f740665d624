// multi-file: DriverEntry is in this file; the Unload routine, its
// DRIVER_UNLOAD declaration and its definition are in unload.c. This file
// only sees an ordinary prototype. The driver is analysed as a whole, so the
// role type in the other file counts. Silent.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
VOID TwoUnload(_In_ PDRIVER_OBJECT DriverObject); // defined in unload.c

PDEVICE_OBJECT g_TwoDevice;

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\TwoFiles");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &g_TwoDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = TwoUnload;
    return STATUS_SUCCESS;
}
