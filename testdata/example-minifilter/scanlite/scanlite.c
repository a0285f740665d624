// scanlite.c - the minifilter example: a file-system minifilter that tells a
// user-mode scanner about every file opened for write, through a
// communication port. It has a mistake for the minifilter rules; the Widget
// example (testdata/example/) has one for every other rule.
#include <fltKernel.h>

#define SCANLITE_PORT_NAME L"\\ScanLitePort"

DRIVER_INITIALIZE DriverEntry;
NTSTATUS FLTAPI ScanLiteUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);
FLT_POSTOP_CALLBACK_STATUS FLTAPI ScanLitePostCreate(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                                     _In_opt_ PVOID CompletionContext, _In_ FLT_POST_OPERATION_FLAGS Flags);
NTSTATUS FLTAPI ScanLiteConnect(_In_ PFLT_PORT ClientPort, _In_opt_ PVOID ServerPortCookie,
                                _In_reads_bytes_opt_(SizeOfContext) PVOID ConnectionContext, _In_ ULONG SizeOfContext,
                                _Flt_ConnectionCookie_Outptr_ PVOID *ConnectionCookie);
VOID FLTAPI ScanLiteDisconnect(_In_opt_ PVOID ConnectionCookie);

static PFLT_FILTER gFilter;
static PFLT_PORT gServerPort;
static PFLT_PORT gClientPort;
static volatile LONG gWritesSeen;

static const FLT_OPERATION_REGISTRATION gOperations[] = {
    { IRP_MJ_CREATE, 0, NULL, ScanLitePostCreate },
    { IRP_MJ_OPERATION_END }
};

static const FLT_REGISTRATION gRegistration = {
    .Size = sizeof(FLT_REGISTRATION),
    .Version = FLT_REGISTRATION_VERSION,
    .OperationRegistration = gOperations,
    .FilterUnloadCallback = ScanLiteUnload,
};

FLT_POSTOP_CALLBACK_STATUS FLTAPI ScanLitePostCreate(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
                                                     PVOID CompletionContext, FLT_POST_OPERATION_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(FltObjects);
    UNREFERENCED_PARAMETER(CompletionContext);
    UNREFERENCED_PARAMETER(Flags);
    if (FlagOn(Data->Iopb->Parameters.Create.SecurityContext->DesiredAccess, FILE_WRITE_DATA)) {
        InterlockedIncrement(&gWritesSeen);
    }
    return FLT_POSTOP_FINISHED_PROCESSING;
}

NTSTATUS FLTAPI ScanLiteConnect(PFLT_PORT ClientPort, PVOID ServerPortCookie, PVOID ConnectionContext,
                                ULONG SizeOfContext, PVOID *ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ServerPortCookie);
    UNREFERENCED_PARAMETER(ConnectionContext);
    UNREFERENCED_PARAMETER(SizeOfContext);
    gClientPort = ClientPort;
    *ConnectionCookie = NULL;
    return STATUS_SUCCESS;
}

VOID FLTAPI ScanLiteDisconnect(PVOID ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ConnectionCookie);
    FltCloseClientPort(gFilter, &gClientPort);
}

NTSTATUS FLTAPI ScanLiteUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    // Mistake: the scanner is still connected, so the unload is refused, but
    // a mandatory unload cannot be refused: test FLTFL_FILTER_UNLOAD_MANDATORY.
    if (gClientPort != NULL) {
        return STATUS_FLT_DO_NOT_DETACH; // expect: driver-filter-unload "without testing FLTFL_FILTER_UNLOAD_MANDATORY"
    }
    // Mistake: the filter is unregistered while its port still accepts
    // connections; close the port first.
    FltUnregisterFilter(gFilter); // expect: driver-filter-unload "before closing the communication port"
    FltCloseCommunicationPort(gServerPort);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING portName = RTL_CONSTANT_STRING(SCANLITE_PORT_NAME);
    OBJECT_ATTRIBUTES attributes;
    PSECURITY_DESCRIPTOR descriptor;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = FltRegisterFilter(DriverObject, &gRegistration, &gFilter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = FltBuildDefaultSecurityDescriptor(&descriptor, FLT_PORT_ALL_ACCESS);
    if (NT_SUCCESS(status)) {
        InitializeObjectAttributes(&attributes, &portName, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, descriptor);
        status = FltCreateCommunicationPort(gFilter, &gServerPort, &attributes, NULL, ScanLiteConnect,
                                            ScanLiteDisconnect, NULL, 1);
        FltFreeSecurityDescriptor(descriptor);
    }
    if (NT_SUCCESS(status)) {
        status = FltStartFiltering(gFilter);
        if (!NT_SUCCESS(status)) {
            FltCloseCommunicationPort(gServerPort);
        }
    }
    if (!NT_SUCCESS(status)) {
        FltUnregisterFilter(gFilter);
    }
    return status;
}
