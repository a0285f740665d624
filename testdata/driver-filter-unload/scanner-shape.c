// driver-filter-unload: the scanner shape. DriverEntry registers the filter,
// creates a server communication port (gScnServerPort) for a user-mode scanner
// with connect, disconnect and message notify routines, and starts filtering;
// each failure path undoes what was done, port before filter. The pre-create
// callback asks the connected scanner about the file and fails the open if it
// says so. The FilterUnloadCallback closes the server port, then unregisters,
// then returns STATUS_SUCCESS. Silent.
// Twins: port-never-closed.c (no FltCloseCommunicationPort in the callback),
// unregister-before-close-port.c (the two calls swapped).
#include <fltKernel.h>


DRIVER_INITIALIZE DriverEntry;
NTSTATUS FLTAPI ScnUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);
FLT_PREOP_CALLBACK_STATUS FLTAPI ScnPreCreate(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                              _Flt_CompletionContext_Outptr_ PVOID *CompletionContext);
NTSTATUS FLTAPI ScnConnect(_In_ PFLT_PORT ClientPort, _In_opt_ PVOID ServerPortCookie, _In_reads_bytes_opt_(SizeOfContext) PVOID ConnectionContext,
                           _In_ ULONG SizeOfContext, _Outptr_result_maybenull_ PVOID *ConnectionCookie);
VOID FLTAPI ScnDisconnect(_In_opt_ PVOID ConnectionCookie);
NTSTATUS FLTAPI ScnMessage(_In_opt_ PVOID PortCookie, _In_reads_bytes_opt_(InputBufferLength) PVOID InputBuffer, _In_ ULONG InputBufferLength,
                           _Out_writes_bytes_to_opt_(OutputBufferLength, *ReturnOutputBufferLength) PVOID OutputBuffer,
                           _In_ ULONG OutputBufferLength, _Out_ PULONG ReturnOutputBufferLength);

static PFLT_FILTER gScnFilter;
static PFLT_PORT gScnServerPort;
static PFLT_PORT gScnClientPort;
static PEPROCESS gScnClientProcess;

static const FLT_OPERATION_REGISTRATION gScnOperations[] = {
    { IRP_MJ_CREATE, 0, ScnPreCreate, NULL },
    { IRP_MJ_OPERATION_END }
};

static const FLT_REGISTRATION gScnRegistration = {
    sizeof(FLT_REGISTRATION), FLT_REGISTRATION_VERSION, 0, NULL, gScnOperations, ScnUnload,
};

_Use_decl_annotations_ NTSTATUS FLTAPI ScnUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    PAGED_CODE();

    FltCloseCommunicationPort(gScnServerPort);
    FltUnregisterFilter(gScnFilter);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
FLT_PREOP_CALLBACK_STATUS FLTAPI ScnPreCreate(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects, PVOID *CompletionContext)
{
    ULONG processId = FltGetRequestorProcessId(Data);
    BOOLEAN deny = FALSE;
    ULONG replyLength = sizeof(deny);

    *CompletionContext = NULL;
    if (gScnClientPort == NULL || IoThreadToProcess(Data->Thread) == gScnClientProcess) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    if (NT_SUCCESS(FltSendMessage(FltObjects->Filter, &gScnClientPort, &processId, sizeof(processId), &deny,
                                  &replyLength, NULL)) && deny) {
        Data->IoStatus.Status = STATUS_ACCESS_DENIED;
        Data->IoStatus.Information = 0;
        return FLT_PREOP_COMPLETE;
    }
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
}

_Use_decl_annotations_
NTSTATUS FLTAPI ScnConnect(PFLT_PORT ClientPort, PVOID ServerPortCookie, PVOID ConnectionContext, ULONG SizeOfContext,
                           PVOID *ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ServerPortCookie);
    UNREFERENCED_PARAMETER(ConnectionContext);
    UNREFERENCED_PARAMETER(SizeOfContext);

    gScnClientProcess = PsGetCurrentProcess();
    gScnClientPort = ClientPort;
    *ConnectionCookie = NULL;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID FLTAPI ScnDisconnect(PVOID ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ConnectionCookie);
    FltCloseClientPort(gScnFilter, &gScnClientPort);
    gScnClientProcess = NULL;
}

_Use_decl_annotations_
NTSTATUS FLTAPI ScnMessage(PVOID PortCookie, PVOID InputBuffer, ULONG InputBufferLength, PVOID OutputBuffer,
                           ULONG OutputBufferLength, PULONG ReturnOutputBufferLength)
{
    UNREFERENCED_PARAMETER(PortCookie);
    UNREFERENCED_PARAMETER(OutputBuffer);
    UNREFERENCED_PARAMETER(OutputBufferLength);
    *ReturnOutputBufferLength = 0;
    return (InputBuffer != NULL && InputBufferLength != 0) ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING portName = RTL_CONSTANT_STRING(L"\\ScnScannerPort");
    OBJECT_ATTRIBUTES attributes;
    PSECURITY_DESCRIPTOR sd;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = FltRegisterFilter(DriverObject, &gScnRegistration, &gScnFilter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS);
    if (NT_SUCCESS(status)) {
        InitializeObjectAttributes(&attributes, &portName, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, sd);
        status = FltCreateCommunicationPort(gScnFilter, &gScnServerPort, &attributes, NULL, ScnConnect,
                                            ScnDisconnect, ScnMessage, 1);
        FltFreeSecurityDescriptor(sd);
        if (NT_SUCCESS(status)) {
            status = FltStartFiltering(gScnFilter);
            if (NT_SUCCESS(status)) {
                return STATUS_SUCCESS;
            }
            FltCloseCommunicationPort(gScnServerPort);
        }
    }
    FltUnregisterFilter(gScnFilter);
    return status;
}
