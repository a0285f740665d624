// driver-filter-unload: one teardown helper, LogTeardown, shared by
// DriverEntry's failure path and the FilterUnloadCallback: it closes the
// server port if there is one, then unregisters the filter. LogUnload only
// calls it and returns STATUS_SUCCESS, so the callback's checks must follow
// the helper: the port is closed, before FltUnregisterFilter, on every path.
// The port test (gLogServerPort != NULL) only skips a port DriverEntry never
// created. Silent.
// Twin: shared-teardown-helper-wrong-order.c.
#include <fltKernel.h>

DRIVER_INITIALIZE DriverEntry;

static PFLT_FILTER gLogFilter;
static PFLT_PORT gLogServerPort;
static PFLT_PORT gLogClientPort;

static VOID LogTeardown(VOID)
{
    if (gLogServerPort != NULL) {
        FltCloseCommunicationPort(gLogServerPort);
        gLogServerPort = NULL;
    }
    FltUnregisterFilter(gLogFilter);
}

static NTSTATUS FLTAPI LogUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    PAGED_CODE();
    LogTeardown();
    return STATUS_SUCCESS;
}

static NTSTATUS FLTAPI LogConnect(PFLT_PORT ClientPort, PVOID ServerPortCookie, PVOID ConnectionContext,
                                  ULONG SizeOfContext, PVOID *ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ServerPortCookie);
    UNREFERENCED_PARAMETER(ConnectionContext);
    UNREFERENCED_PARAMETER(SizeOfContext);
    gLogClientPort = ClientPort;
    *ConnectionCookie = NULL;
    return STATUS_SUCCESS;
}

static VOID FLTAPI LogDisconnect(PVOID ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ConnectionCookie);
    FltCloseClientPort(gLogFilter, &gLogClientPort);
}

static const FLT_OPERATION_REGISTRATION gLogOperations[] = {
    { IRP_MJ_OPERATION_END }
};

static const FLT_REGISTRATION gLogRegistration = {
    sizeof(FLT_REGISTRATION), FLT_REGISTRATION_VERSION, 0, NULL, gLogOperations, LogUnload,
};

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING portName = RTL_CONSTANT_STRING(L"\\LogPort");
    OBJECT_ATTRIBUTES attributes;
    PSECURITY_DESCRIPTOR sd;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = FltRegisterFilter(DriverObject, &gLogRegistration, &gLogFilter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS);
    if (NT_SUCCESS(status)) {
        InitializeObjectAttributes(&attributes, &portName, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, sd);
        status = FltCreateCommunicationPort(gLogFilter, &gLogServerPort, &attributes, NULL, LogConnect, LogDisconnect,
                                            NULL, 1);
        FltFreeSecurityDescriptor(sd);
        if (NT_SUCCESS(status)) {
            status = FltStartFiltering(gLogFilter);
        }
    }
    if (!NT_SUCCESS(status)) {
        LogTeardown();
    }
    return status;
}
