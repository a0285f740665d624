// widget.h - shared declarations of the corrected Widget driver.
//
// clean: testdata/example/widget/ with its five mistakes fixed. A WDM
// control-device driver with a device object, a symbolic link, create/close,
// cleanup, read and device-control dispatch routines, and an Unload routine
// that deletes the link and the device. unloadcheck reports nothing.
#pragma once
#include <ntddk.h>

#define WIDGET_DEVICE_NAME L"\\Device\\Widget"
#define WIDGET_LINK_NAME   L"\\DosDevices\\Widget"

#define IOCTL_WIDGET_GET_OPEN_COUNT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_WIDGET_ENABLE_READ    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_WRITE_ACCESS)

typedef struct _WIDGET_EXTENSION {
    volatile LONG OpenCount;
    volatile LONG ReadCount;
    volatile LONG ReadEnabled;
} WIDGET_EXTENSION, *PWIDGET_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD WidgetUnload;

_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH WidgetCreateClose;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH WidgetCleanup;
_Dispatch_type_(IRP_MJ_READ) DRIVER_DISPATCH WidgetRead;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH WidgetDeviceControl;
