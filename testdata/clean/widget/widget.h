// widget.h - shared declarations of the corrected Widget driver.
//
// clean: testdata/example/widget/ with its mistakes fixed. A WDM
// control-device driver with a device object, a symbolic link, create/close,
// cleanup, read, device-control and shutdown dispatch routines, a periodic
// statistics timer and a process-creation callback, and an Unload routine
// that undoes all of it in order. unloadcheck reports nothing.
#pragma once
#include <ntddk.h>

#define WIDGET_DEVICE_NAME L"\\Device\\Widget"
#define WIDGET_LINK_NAME   L"\\DosDevices\\Widget"
#define WIDGET_HELPER_KEY  L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\WidgetHelper"

#define IOCTL_WIDGET_GET_OPEN_COUNT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_WIDGET_ENABLE_READ    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_WIDGET_SAVE_STATS     CTL_CODE(FILE_DEVICE_UNKNOWN, 0x902, METHOD_BUFFERED, FILE_WRITE_ACCESS)

typedef struct _WIDGET_EXTENSION {
    volatile LONG OpenCount;
    volatile LONG ReadCount;
    volatile LONG Ticks;
    KSPIN_LOCK StatsLock;   // guards Ticks for IOCTL_WIDGET_SAVE_STATS
    KTIMER StatsTimer;      // periodic statistics timer
    KDPC StatsDpc;
    volatile LONG ReadEnabled;
} WIDGET_EXTENSION, *PWIDGET_EXTENSION;

extern volatile LONG WidgetProcessStarts;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE WidgetStatsDpc;
VOID WidgetOnProcess(_In_ HANDLE ParentId, _In_ HANDLE ProcessId, _In_ BOOLEAN Create);
DRIVER_UNLOAD WidgetUnload;

_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH WidgetCreateClose;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH WidgetCleanup;
_Dispatch_type_(IRP_MJ_READ) DRIVER_DISPATCH WidgetRead;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH WidgetDeviceControl;
_Dispatch_type_(IRP_MJ_SHUTDOWN) DRIVER_DISPATCH WidgetDispatchShutdown;
