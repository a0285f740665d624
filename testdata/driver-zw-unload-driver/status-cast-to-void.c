// driver-zw-unload-driver: the status of ZwUnloadDriver is cast to VOID.
// A sensor driver loads its helper driver with ZwLoadDriver in DriverEntry
// and unloads it with ZwUnloadDriver (right service key, global
// RTL_CONSTANT_STRING) in SampStopHelper, called from SampUnload and from
// DriverEntry's failure path, both at PASSIVE_LEVEL.
// The cast silences the compiler, not the defect: if the helper does not
// unload (seed 002: STATUS_INVALID_DEVICE_REQUEST for a PnP driver's name)
// nobody learns it. Fires at the call.
// Silent twin: status-logged-in-unload.c (status stored and tested).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static PDEVICE_OBJECT gDevice;
static UNICODE_STRING gLinkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampSensor");
static UNICODE_STRING gHelperKey =
    RTL_CONSTANT_STRING(L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\SampSensorHelper");

static VOID SampStopHelper(VOID)
{
    (VOID)ZwUnloadDriver(&gHelperKey); // expect: driver-zw-unload-driver "status returned by ZwUnloadDriver is ignored"
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
