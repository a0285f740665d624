// driver-filter-unload: the helpers of helpers-in-other-file-port-open/avscan.c:
// the server port for the user-mode scanning service (created, never closed:
// AvStopCommunication closes the client port instead), its
// connect and disconnect notify routines, the scan request sent from
// the pre-create callback, and the process-creation callback that forgets the
// service when it exits.
#include "avscan.h"

#define AV_PORT_NAME L"\\AvScanPort"

static NTSTATUS FLTAPI AvConnect(PFLT_PORT ClientPort, PVOID ServerPortCookie, PVOID ConnectionContext, ULONG SizeOfContext,
                                 PVOID *ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ServerPortCookie);
    UNREFERENCED_PARAMETER(ConnectionContext);
    UNREFERENCED_PARAMETER(SizeOfContext);
    gAv.ClientPort = ClientPort;
    gAv.ScannerProcessId = PsGetCurrentProcessId();
    *ConnectionCookie = NULL;
    return STATUS_SUCCESS;
}

static VOID FLTAPI AvDisconnect(PVOID ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ConnectionCookie);
    FltCloseClientPort(gAv.Filter, &gAv.ClientPort);
    gAv.ScannerProcessId = NULL;
}

static VOID AvProcessNotify(PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    if (CreateInfo == NULL && ProcessId == gAv.ScannerProcessId) {
        gAv.ScannerProcessId = NULL;
    }
}

NTSTATUS AvStartCommunication(VOID)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(AV_PORT_NAME);
    OBJECT_ATTRIBUTES attributes;
    PSECURITY_DESCRIPTOR sd;
    NTSTATUS status;

    status = FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    InitializeObjectAttributes(&attributes, &name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, sd);
    status = FltCreateCommunicationPort(gAv.Filter, &gAv.ServerPort, &attributes, NULL, AvConnect, AvDisconnect, NULL, 1);
    FltFreeSecurityDescriptor(sd);
    return status;
}

VOID AvStopCommunication(VOID)
{
    PAGED_CODE();
    if (gAv.ClientPort != NULL) {
        FltCloseClientPort(gAv.Filter, &gAv.ClientPort);
    }
}

NTSTATUS AvStartProcessWatch(VOID)
{
    return PsSetCreateProcessNotifyRoutineEx(AvProcessNotify, FALSE);
}

VOID AvStopProcessWatch(VOID)
{
    PsSetCreateProcessNotifyRoutineEx(AvProcessNotify, TRUE);
}

BOOLEAN AvScanFile(PCFLT_RELATED_OBJECTS FltObjects, ULONG ProcessId)
{
    BOOLEAN clean = TRUE;
    ULONG replyLength = sizeof(clean);
    LARGE_INTEGER timeout;

    if (gAv.ClientPort == NULL) {
        return TRUE;
    }
    timeout.QuadPart = -10LL * 1000 * 1000 * 5;
    InterlockedIncrement(&gAv.ScansInFlight);
    if (!NT_SUCCESS(FltSendMessage(FltObjects->Filter, &gAv.ClientPort, &ProcessId, sizeof(ProcessId), &clean,
                                   &replyLength, &timeout))) {
        clean = TRUE;
    }
    InterlockedDecrement(&gAv.ScansInFlight);
    return clean;
}
