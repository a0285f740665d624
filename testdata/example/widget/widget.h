// widget.h - shared declarations of the Widget example driver.
//
// Widget is a small WDM control-device driver: user mode opens \\.\Widget,
// reads a counter and queries statistics with IOCTLs. It is the example that
// unloadcheck's README runs on, and it carries one plausible mistake for each
// rule: driver-role-type, driver-use-decl-annotations, driver-dispatch-type,
// driver-unload-assignment, driver-routine-naming, and the teardown rules
// driver-unload-missing-cleanup, driver-unload-cleanup-order,
// driver-unload-pending-work and driver-shutdown-notification, and the IRQL
// rules driver-irql and driver-irql-not-restored.
// testdata/clean/widget/ is the same driver with the mistakes fixed.
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
} WIDGET_EXTENSION, *PWIDGET_EXTENSION;

extern volatile LONG WidgetProcessStarts;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE WidgetStatsDpc;
VOID WidgetOnProcess(_In_ HANDLE ParentId, _In_ HANDLE ProcessId, _In_ BOOLEAN Create);
DRIVER_UNLOAD WidgetShutdown;

// Mistake: the routine also serves IRP_MJ_CLOSE, but only IRP_MJ_CREATE is named.
_Dispatch_type_(IRP_MJ_CREATE) DRIVER_DISPATCH WidgetCreateClose; // expect: driver-dispatch-type "do not name IRP_MJ_CLOSE"
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH WidgetCleanup;
_Dispatch_type_(IRP_MJ_READ) DRIVER_DISPATCH WidgetRead;

// Mistake: added later as a plain prototype, without the DRIVER_DISPATCH role type.
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) NTSTATUS WidgetDeviceControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp); // expect: driver-role-type "is not declared with role type DRIVER_DISPATCH"
