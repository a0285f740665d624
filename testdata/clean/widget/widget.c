// widget.c - DriverEntry and the Unload routine of the corrected Widget driver.
#include "widget.h"

volatile LONG WidgetProcessStarts;

VOID WidgetOnProcess(HANDLE ParentId, HANDLE ProcessId, BOOLEAN Create)
{
    UNREFERENCED_PARAMETER(ParentId);
    UNREFERENCED_PARAMETER(ProcessId);
    if (Create) {
        InterlockedIncrement(&WidgetProcessStarts);
    }
}

_Use_decl_annotations_ VOID WidgetStatsDpc(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)
{
    PWIDGET_EXTENSION ext = (PWIDGET_EXTENSION)Context;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);
    InterlockedIncrement(&ext->Ticks);
}

_Use_decl_annotations_ VOID WidgetUnload(PDRIVER_OBJECT DriverObject)
{
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(WIDGET_LINK_NAME);
    UNICODE_STRING helperKey = RTL_CONSTANT_STRING(WIDGET_HELPER_KEY);
    PDEVICE_OBJECT device = DriverObject->DeviceObject;

    if (!NT_SUCCESS(ZwUnloadDriver(&helperKey))) {
        KdPrint(("widget: the helper driver stays loaded\n"));
    }
    PsSetCreateProcessNotifyRoutine(WidgetOnProcess, TRUE);
    IoDeleteSymbolicLink(&linkName);
    if (device != NULL) {
        PWIDGET_EXTENSION ext = (PWIDGET_EXTENSION)device->DeviceExtension;

        KeCancelTimer(&ext->StatsTimer);
        KeFlushQueuedDpcs();
        IoUnregisterShutdownNotification(device);
        IoDeleteDevice(device);
    }
}

_Use_decl_annotations_ NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(WIDGET_DEVICE_NAME);
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(WIDGET_LINK_NAME);
    LARGE_INTEGER dueTime;
    PDEVICE_OBJECT device;
    PWIDGET_EXTENSION ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(WIDGET_EXTENSION), &deviceName,
                            FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PWIDGET_EXTENSION)device->DeviceExtension;
    ext->OpenCount = 0;
    ext->ReadCount = 0;
    ext->Ticks = 0;
    KeInitializeSpinLock(&ext->StatsLock);
    ext->ReadEnabled = FALSE;

    status = IoCreateSymbolicLink(&linkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(device);
        return status;
    }

    status = IoRegisterShutdownNotification(device);
    if (!NT_SUCCESS(status)) {
        IoDeleteSymbolicLink(&linkName);
        IoDeleteDevice(device);
        return status;
    }

    status = PsSetCreateProcessNotifyRoutine(WidgetOnProcess, FALSE);
    if (!NT_SUCCESS(status)) {
        IoUnregisterShutdownNotification(device);
        IoDeleteSymbolicLink(&linkName);
        IoDeleteDevice(device);
        return status;
    }

    KeInitializeDpc(&ext->StatsDpc, WidgetStatsDpc, ext);
    KeInitializeTimer(&ext->StatsTimer);
    dueTime.QuadPart = -10000000LL;
    KeSetTimerEx(&ext->StatsTimer, dueTime, 1000, &ext->StatsDpc);

    DriverObject->MajorFunction[IRP_MJ_CREATE] = WidgetCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = WidgetCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = WidgetCleanup;
    DriverObject->MajorFunction[IRP_MJ_READ] = WidgetRead;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = WidgetDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_SHUTDOWN] = WidgetDispatchShutdown;
    DriverObject->DriverUnload = WidgetUnload;

    device->Flags |= DO_BUFFERED_IO;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
