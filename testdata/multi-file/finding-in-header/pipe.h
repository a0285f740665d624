// Declarations of the "pipe" driver. The read routine's declaration here
// lacks a _Dispatch_type_ annotation, so driver-dispatch-type points into this
// header, not into pipe.c where the routine is stored.
#pragma once
#include <ntddk.h>

typedef struct _PIPE_EXTENSION {
    KSPIN_LOCK Lock;
    ULONG Pending;
} PIPE_EXTENSION, *PPIPE_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PipeUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH PipeCreateClose;
_Dispatch_type_(IRP_MJ_WRITE) DRIVER_DISPATCH PipeWrite;
DRIVER_DISPATCH PipeRead; // expect: driver-dispatch-type "has no _Dispatch_type_ annotation"
