/*
 * minifilter_driver.cpp - a file-system minifilter in C++ built on
 * <fltKernel.h>: extern "C" DriverEntry, a positional FLT_REGISTRATION,
 * callbacks with C++ linkage, a stream context, a communication port and a
 * generic work item. Parse test for testdata/parse/check.sh; the C twin
 * minifilter_driver.c covers the header more widely.
 */

#include <fltkernel.h>

namespace {

constexpr ULONG kTag = 'pMcU';

struct StreamContext {
    LONG Opens;
    BOOLEAN Deleted;
};

struct Globals {
    PFLT_FILTER Filter;
    PFLT_PORT ServerPort;
    PFLT_PORT ClientPort;
};

Globals g_Globals;

NTSTATUS FLTAPI Unload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    PAGED_CODE();

    FltCloseCommunicationPort(g_Globals.ServerPort);
    FltUnregisterFilter(g_Globals.Filter);
    return STATUS_SUCCESS;
}

FLT_PREOP_CALLBACK_STATUS FLTAPI PreCleanup(
    _Inout_ PFLT_CALLBACK_DATA Data,
    _In_ PCFLT_RELATED_OBJECTS FltObjects,
    _Flt_CompletionContext_Outptr_ PVOID *CompletionContext)
{
    StreamContext *context = nullptr;

    *CompletionContext = nullptr;
    if (!FLT_IS_IRP_OPERATION(Data)) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    if (NT_SUCCESS(FltGetStreamContext(FltObjects->Instance, FltObjects->FileObject,
                                       reinterpret_cast<PFLT_CONTEXT *>(&context)))) {
        *CompletionContext = context;
        return FLT_PREOP_SYNCHRONIZE;
    }
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
}

FLT_POSTOP_CALLBACK_STATUS FLTAPI PostCleanup(
    _Inout_ PFLT_CALLBACK_DATA Data,
    _In_ PCFLT_RELATED_OBJECTS FltObjects,
    _In_opt_ PVOID CompletionContext,
    _In_ FLT_POST_OPERATION_FLAGS Flags)
{
    auto *context = static_cast<StreamContext *>(CompletionContext);

    UNREFERENCED_PARAMETER(Data);
    UNREFERENCED_PARAMETER(FltObjects);
    UNREFERENCED_PARAMETER(Flags);

    if (context != nullptr) {
        InterlockedDecrement(&context->Opens);
        FltReleaseContext(context);
    }
    return FLT_POSTOP_FINISHED_PROCESSING;
}

VOID FLTAPI NotifyWorker(_In_ PFLT_GENERIC_WORKITEM WorkItem, _In_ PVOID FltObject, _In_opt_ PVOID Context)
{
    ULONG message = static_cast<ULONG>(reinterpret_cast<ULONG_PTR>(Context));

    UNREFERENCED_PARAMETER(FltObject);
    (VOID)FltSendMessage(g_Globals.Filter, &g_Globals.ClientPort, &message, sizeof(message),
                         nullptr, nullptr, nullptr);
    FltFreeGenericWorkItem(WorkItem);
}

NTSTATUS FLTAPI Connect(
    _In_ PFLT_PORT ClientPort,
    _In_opt_ PVOID ServerPortCookie,
    _In_reads_bytes_opt_(SizeOfContext) PVOID ConnectionContext,
    _In_ ULONG SizeOfContext,
    _Flt_ConnectionCookie_Outptr_ PVOID *ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ServerPortCookie);
    UNREFERENCED_PARAMETER(ConnectionContext);
    UNREFERENCED_PARAMETER(SizeOfContext);

    g_Globals.ClientPort = ClientPort;
    *ConnectionCookie = nullptr;

    PFLT_GENERIC_WORKITEM workItem = FltAllocateGenericWorkItem();
    if (workItem != nullptr &&
        !NT_SUCCESS(FltQueueGenericWorkItem(workItem, g_Globals.Filter, NotifyWorker, DelayedWorkQueue,
                                            reinterpret_cast<PVOID>(static_cast<ULONG_PTR>(1))))) {
        FltFreeGenericWorkItem(workItem);
    }
    return STATUS_SUCCESS;
}

VOID FLTAPI Disconnect(_In_opt_ PVOID ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ConnectionCookie);
    FltCloseClientPort(g_Globals.Filter, &g_Globals.ClientPort);
}

const FLT_CONTEXT_REGISTRATION kContexts[] = {
    { FLT_STREAM_CONTEXT, 0, nullptr, sizeof(StreamContext), kTag, nullptr, nullptr, nullptr },
    { FLT_CONTEXT_END }
};

const FLT_OPERATION_REGISTRATION kOperations[] = {
    { IRP_MJ_CLEANUP, 0, PreCleanup, PostCleanup, nullptr },
    { IRP_MJ_OPERATION_END }
};

const FLT_REGISTRATION kRegistration = {
    sizeof(FLT_REGISTRATION),
    FLT_REGISTRATION_VERSION,
    FLTFL_REGISTRATION_SUPPORT_NPFS_MSFS,
    kContexts,
    kOperations,
    Unload,
    nullptr, nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr
};

} // namespace

EXTERN_C_START
DRIVER_INITIALIZE DriverEntry;
EXTERN_C_END

_Use_decl_annotations_
extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);

    NTSTATUS status = FltRegisterFilter(DriverObject, &kRegistration, &g_Globals.Filter);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    PSECURITY_DESCRIPTOR sd = nullptr;
    status = FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS);
    if (NT_SUCCESS(status)) {
        UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\UnloadcheckCppPort");
        OBJECT_ATTRIBUTES oa;
        InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, nullptr, sd);
        status = FltCreateCommunicationPort(g_Globals.Filter, &g_Globals.ServerPort, &oa, nullptr,
                                            Connect, Disconnect, nullptr, 1);
        FltFreeSecurityDescriptor(sd);
    }
    if (NT_SUCCESS(status)) {
        status = FltStartFiltering(g_Globals.Filter);
        if (!NT_SUCCESS(status)) {
            FltCloseCommunicationPort(g_Globals.ServerPort);
        }
    }
    if (!NT_SUCCESS(status)) {
        FltUnregisterFilter(g_Globals.Filter);
    }
    return status;
}
