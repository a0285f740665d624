// Shared by avscan.c and avcomm.c: the antivirus filter's globals and the
// helpers avcomm.c gives avscan.c.
#pragma once
#include <fltKernel.h>

typedef struct _AV_GLOBALS {
    PFLT_FILTER Filter;
    PFLT_PORT ServerPort;
    PFLT_PORT ClientPort;
    HANDLE ScannerProcessId;
    volatile LONG ScansInFlight;
} AV_GLOBALS;

extern AV_GLOBALS gAv;

NTSTATUS AvStartCommunication(VOID);
VOID AvStopCommunication(VOID);
NTSTATUS AvStartProcessWatch(VOID);
VOID AvStopProcessWatch(VOID);
BOOLEAN AvScanFile(_In_ PCFLT_RELATED_OBJECTS FltObjects, _In_ ULONG ProcessId);
