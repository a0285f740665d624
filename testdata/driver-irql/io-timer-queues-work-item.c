// driver-irql: the heartbeat driver of io-timer-writes-registry.c done
// right: the I/O timer routine HbTimer (DISPATCH_LEVEL) queues a system work
// item (ExInitializeWorkItem in DriverEntry, ExQueueWorkItem at most once at
// a time, allowed at DISPATCH_LEVEL) whose routine HbWrite runs at
// PASSIVE_LEVEL and calls ZwSetValueKey. Unload stops the timer and waits for
// a queued write to finish (gWriteIdle) before closing the key. Silent. Twin:
// io-timer-writes-registry.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD HbUnload;
IO_TIMER_ROUTINE HbTimer;
WORKER_THREAD_ROUTINE HbWrite;

static PDEVICE_OBJECT gDevice;
static HANDLE gKey;
static ULONG gBeats;
static WORK_QUEUE_ITEM gWriteItem;
static KEVENT gWriteIdle;
static volatile LONG gWriteQueued;

_Use_decl_annotations_
VOID HbWrite(PVOID Parameter)
{
    UNICODE_STRING valueName = RTL_CONSTANT_STRING(L"Heartbeat");
    ULONG beats = gBeats;

    UNREFERENCED_PARAMETER(Parameter);
    ZwSetValueKey(gKey, &valueName, 0, REG_DWORD, &beats, sizeof(beats));
    InterlockedExchange(&gWriteQueued, 0);
    KeSetEvent(&gWriteIdle, IO_NO_INCREMENT, FALSE);
}

_Use_decl_annotations_
VOID HbTimer(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Context);
    gBeats++;
    if (InterlockedCompareExchange(&gWriteQueued, 1, 0) == 0) {
        KeClearEvent(&gWriteIdle);
        ExQueueWorkItem(&gWriteItem, DelayedWorkQueue);
    }
}

_Use_decl_annotations_
VOID HbUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoStopTimer(gDevice);
    KeWaitForSingleObject(&gWriteIdle, Executive, KernelMode, FALSE, NULL);
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
    KeInitializeEvent(&gWriteIdle, NotificationEvent, TRUE);
    ExInitializeWorkItem(&gWriteItem, HbWrite, NULL);
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
