// Declarations of the "filt" upper filter driver, role types included.
#pragma once
#include <ntddk.h>

typedef struct _FILT_EXTENSION {
    PDEVICE_OBJECT LowerDevice;
    LONG64 BytesRead;
} FILT_EXTENSION, *PFILT_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE FiltAddDevice;
DRIVER_UNLOAD FiltUnload;
_Dispatch_type_(IRP_MJ_OTHER) DRIVER_DISPATCH FiltPassThrough;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH FiltPnp;
_Dispatch_type_(IRP_MJ_READ) DRIVER_DISPATCH FiltRead;
IO_COMPLETION_ROUTINE FiltReadComplete;
