// driver-zw-unload-driver: status-cast-to-void.c with the status kept.
// A sensor driver loads its helper driver with ZwLoadDriver in DriverEntry
// and unloads it with ZwUnloadDriver (right service key, global
// RTL_CONSTANT_STRING) in SampStopHelper, called from SampUnload and from
// DriverEntry's failure path, both at PASSIVE_LEVEL.
// SampStopHelper stores the status of ZwUnloadDriver and tests it, logging
// a helper that stays loaded. Silent.
// Firing twin: status-cast-to-void.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static PDEVICE_OBJECT gDevice;
static UNICODE_STRING gLinkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampSensor");
static UNICODE_STRING gHelperKey =
    RTL_CONSTANT_STRING(L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\SampSensorHelper");

static VOID SampStopHelper(VOID)
{
    NTSTATUS status = ZwUnloadDriver(&gHelperKey);

    if (!NT_SUCCESS(status)) {
        DbgPrint("samp: helper still loaded: 0x%08X\n", status);
    }
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteSymbolicLink(&gLinkName);
    IoDeleteDevice(gDevice);
    SampStopHelper();
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampSensor");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = ZwLoadDriver(&gHelperKey);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (NT_SUCCESS(status)) {
        status = IoCreateSymbolicLink(&gLinkName, &deviceName);
        if (!NT_SUCCESS(status)) {
            IoDeleteDevice(gDevice);
        }
    }
    if (!NT_SUCCESS(status)) {
        SampStopHelper();
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
