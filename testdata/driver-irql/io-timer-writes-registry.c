// driver-irql: a driver that records a heartbeat in its service key once a
// second from an I/O timer (IoInitializeTimer, IoStartTimer). The timer
// routine HbTimer writes the value with ZwSetValueKey itself. I/O timer
// routines run at DISPATCH_LEVEL and ZwSetValueKey requires PASSIVE_LEVEL:
// fires on that call. Twin: io-timer-queues-work-item.c (the timer routine
// queues a system work item that writes the value at PASSIVE_LEVEL).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD HbUnload;
IO_TIMER_ROUTINE HbTimer;

static PDEVICE_OBJECT gDevice;
static HANDLE gKey;
static ULONG gBeats;

_Use_decl_annotations_
VOID HbTimer(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    UNICODE_STRING valueName = RTL_CONSTANT_STRING(L"Heartbeat");

    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Context);
    gBeats++;
    ZwSetValueKey(gKey, &valueName, 0, REG_DWORD, &gBeats, sizeof(gBeats)); // expect: driver-irql "'ZwSetValueKey' requires PASSIVE_LEVEL but is called at DISPATCH_LEVEL because 'HbTimer' is a"
}

_Use_decl_annotations_
VOID HbUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoStopTimer(gDevice);

    ZwClose(gKey);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    OBJECT_ATTRIBUTES attributes;
    NTSTATUS status;

    InitializeObjectAttributes(&attributes, RegistryPath, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    status = ZwOpenKey(&gKey, KEY_SET_VALUE, &attributes);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        ZwClose(gKey);
        return status;
    }

    status = IoInitializeTimer(gDevice, HbTimer, NULL);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gDevice);
        ZwClose(gKey);
        return status;
    }
    IoStartTimer(gDevice);
    DriverObject->DriverUnload = HbUnload;
    return STATUS_SUCCESS;
}
