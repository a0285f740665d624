// Fix-its across files: the routines' prototypes are in chime.h, their
// definitions here. Each driver-role-type fix inserts the role-type
// declaration in the header, before the prototype and with its indentation,
// and _Use_decl_annotations_ before the definition in this file: one fix,
// two files (chime.h.fixed, chime.c.fixed). unloadcheck --fix edits the
// header because it lies in the directory given.
#include "chime.h"

static PDEVICE_OBJECT g_ChimeDevice;

VOID ChimeUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (g_ChimeDevice != NULL) {
        IoDeleteDevice(g_ChimeDevice);
        g_ChimeDevice = NULL;
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &g_ChimeDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = ChimeUnload;
    return STATUS_SUCCESS;
}
