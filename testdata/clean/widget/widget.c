// widget.c - DriverEntry and the Unload routine of the corrected Widget driver.
#include "widget.h"

_Use_decl_annotations_ VOID WidgetUnload(PDRIVER_OBJECT DriverObject)
{
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(WIDGET_LINK_NAME);

    IoDeleteSymbolicLink(&linkName);
    if (DriverObject->DeviceObject != NULL) {
        IoDeleteDevice(DriverObject->DeviceObject);
    }
}

_Use_decl_annotations_ NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(WIDGET_DEVICE_NAME);
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(WIDGET_LINK_NAME);
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
    ext->ReadEnabled = FALSE;

    status = IoCreateSymbolicLink(&linkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(device);
        return status;
    }

    DriverObject->MajorFunction[IRP_MJ_CREATE] = WidgetCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = WidgetCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = WidgetCleanup;
    DriverObject->MajorFunction[IRP_MJ_READ] = WidgetRead;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = WidgetDeviceControl;
    DriverObject->DriverUnload = WidgetUnload;

    device->Flags |= DO_BUFFERED_IO;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
