// Shared declarations of the two-file "beep" driver: every routine stored in
// a driver-object slot gets its role type here, where both files see it.
#pragma once
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD BeepUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH BeepCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH BeepDeviceControl;

#define BEEP_DEVICE_NAME L"\\Device\\SampBeep"
#define IOCTL_BEEP_RING CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)
