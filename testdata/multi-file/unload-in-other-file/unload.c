// The two-file driver's Unload routine, declared with its role type here.
#include <ntddk.h>

extern PDEVICE_OBJECT g_TwoDevice;

DRIVER_UNLOAD TwoUnload;

_Use_decl_annotations_
VOID TwoUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (g_TwoDevice != NULL) {
        IoDeleteDevice(g_TwoDevice);
        g_TwoDevice = NULL;
    }
}
