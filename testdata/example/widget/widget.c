// widget.c - DriverEntry and the Unload routine of the Widget example driver.
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

// Mistake: the Unload routine is named like a shutdown handler. Unload is not
// called at system shutdown, and the documented name is XxxUnload.
_Use_decl_annotations_ VOID WidgetShutdown(PDRIVER_OBJECT DriverObject) // expect: driver-routine-naming "should be named XxxUnload"
{
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(WIDGET_LINK_NAME);
    UNICODE_STRING helperKey = RTL_CONSTANT_STRING(WIDGET_HELPER_KEY);
    PDEVICE_OBJECT device = DriverObject->DeviceObject;

    // Mistake: the helper driver is unloaded with the Widget, but whether it
    // went is never checked (a PnP driver's name fails and it stays loaded).
    ZwUnloadDriver(&helperKey); // expect: driver-zw-unload-driver "status returned by ZwUnloadDriver is ignored"
    if (device != NULL) {
        IoUnregisterShutdownNotification(device);
        // Mistake: the device is deleted while the symbolic link still names it.
        IoDeleteDevice(device); // expect: driver-unload-cleanup-order "delete the symbolic link first"
    }
    IoDeleteSymbolicLink(&linkName);
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

    status = IoCreateSymbolicLink(&linkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(device);
        return status;
    }

    // Mistake: registered for shutdown in the belief that the Unload routine
    // runs then; the system sends IRP_MJ_SHUTDOWN, which nothing handles.
    status = IoRegisterShutdownNotification(device); // expect: driver-shutdown-notification "no IRP_MJ_SHUTDOWN dispatch routine"
    if (!NT_SUCCESS(status)) {
        IoDeleteSymbolicLink(&linkName);
        IoDeleteDevice(device);
        return status;
    }

    // Mistake: the callback is never removed, so the system calls into the
    // driver's image after it is gone.
    status = PsSetCreateProcessNotifyRoutine(WidgetOnProcess, FALSE); // expect: driver-unload-missing-cleanup "is never removed"
    if (!NT_SUCCESS(status)) {
        // Mistake: loading fails but the symbolic link stays behind, naming
        // a device that is gone; Unload is not called when DriverEntry fails.
        IoUnregisterShutdownNotification(device);
        IoDeleteDevice(device);
        return status; // expect: driver-entry-failure-cleanup "while symbolic link"
    }

    // Mistake: the once-a-second statistics timer is never cancelled.
    KeInitializeDpc(&ext->StatsDpc, WidgetStatsDpc, ext);
    KeInitializeTimer(&ext->StatsTimer);
    dueTime.QuadPart = -10000000LL;
    KeSetTimerEx(&ext->StatsTimer, dueTime, 1000, &ext->StatsDpc); // expect: driver-unload-pending-work "is never cancelled"

    DriverObject->MajorFunction[IRP_MJ_CREATE] = WidgetCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = WidgetCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = WidgetCleanup;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = WidgetDeviceControl;
    DriverObject->DriverUnload = WidgetShutdown;

    device->Flags |= DO_BUFFERED_IO;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
