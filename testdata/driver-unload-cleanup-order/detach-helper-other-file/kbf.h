// kbf.h - shared declarations of the Kbf filter (see kbf.c).
#pragma once
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD KbfUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) _Dispatch_type_(IRP_MJ_READ) DRIVER_DISPATCH KbfPassThrough;

extern PDEVICE_OBJECT gKbfFilter;
extern PDEVICE_OBJECT gKbfLower;
extern PFILE_OBJECT gKbfTargetFile;

VOID KbfDeleteFilter(VOID);
VOID KbfDetach(VOID);
