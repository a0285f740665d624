/*
 * minifilter_driver.c - a file-system minifilter in C built on <fltKernel.h>
 * (the compatibility header fltkernel.h): FLT_REGISTRATION initialised
 * positionally and a second one with designators, operation and context
 * registration arrays, pre/post-operation callbacks reading FLT_PARAMETERS,
 * stream-handle and instance contexts, a communication port with connect,
 * disconnect and message callbacks, file-name queries, generic and deferred
 * I/O work items, a cancel-safe callback data queue, CSV/ECP and
 * FILE_RENAME_INFORMATION.Flags from the ntifs-level additions. Parse test
 * for testdata/parse/check.sh.
 */

#include <fltkernel.h>
#include <suppress.h>
#include <dontuse.h>

#define MF_TAG 'fMcU'
#define MF_PORT_NAME L"\\UnloadcheckMiniPort"

typedef struct _MF_INSTANCE_CONTEXT {
    PFLT_VOLUME Volume;
    FLT_FILESYSTEM_TYPE FileSystem;
    ULONG SectorSize;
    FLT_CALLBACK_DATA_QUEUE Queue;
    LIST_ENTRY QueueHead;
    KSPIN_LOCK QueueLock;
} MF_INSTANCE_CONTEXT, *PMF_INSTANCE_CONTEXT;

typedef struct _MF_HANDLE_CONTEXT {
    UNICODE_STRING Name;
    BOOLEAN Written;
} MF_HANDLE_CONTEXT, *PMF_HANDLE_CONTEXT;

typedef struct _MF_NOTIFICATION {
    ULONG ProcessId;
    ULONG Major;
    WCHAR Name[64];
} MF_NOTIFICATION, *PMF_NOTIFICATION;

typedef struct _MF_GLOBALS {
    PFLT_FILTER Filter;
    PFLT_PORT ServerPort;
    PFLT_PORT ClientPort;
    PEPROCESS ClientProcess;
    LONG PendingWork;
} MF_GLOBALS;

static MF_GLOBALS g_Mf;

DRIVER_INITIALIZE DriverEntry;

NTSTATUS FLTAPI MfUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);
NTSTATUS FLTAPI MfInstanceSetup(_In_ PCFLT_RELATED_OBJECTS FltObjects, _In_ FLT_INSTANCE_SETUP_FLAGS Flags,
                                _In_ DEVICE_TYPE VolumeDeviceType, _In_ FLT_FILESYSTEM_TYPE VolumeFilesystemType);
NTSTATUS FLTAPI MfQueryTeardown(_In_ PCFLT_RELATED_OBJECTS FltObjects, _In_ FLT_INSTANCE_QUERY_TEARDOWN_FLAGS Flags);
VOID FLTAPI MfTeardownStart(_In_ PCFLT_RELATED_OBJECTS FltObjects, _In_ FLT_INSTANCE_TEARDOWN_FLAGS Reason);
FLT_PREOP_CALLBACK_STATUS FLTAPI MfPreCreate(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                             _Flt_CompletionContext_Outptr_ PVOID *CompletionContext);
FLT_POSTOP_CALLBACK_STATUS FLTAPI MfPostCreate(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                               _In_opt_ PVOID CompletionContext, _In_ FLT_POST_OPERATION_FLAGS Flags);
FLT_PREOP_CALLBACK_STATUS FLTAPI MfPreWrite(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                            _Flt_CompletionContext_Outptr_ PVOID *CompletionContext);
FLT_PREOP_CALLBACK_STATUS FLTAPI MfPreSetInfo(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                              _Flt_CompletionContext_Outptr_ PVOID *CompletionContext);
FLT_POSTOP_CALLBACK_STATUS FLTAPI MfPostDirControl(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                                   _In_opt_ PVOID CompletionContext, _In_ FLT_POST_OPERATION_FLAGS Flags);
FLT_POSTOP_CALLBACK_STATUS FLTAPI MfPostDirControlSafe(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                                       _In_opt_ PVOID CompletionContext, _In_ FLT_POST_OPERATION_FLAGS Flags);
FLT_PREOP_CALLBACK_STATUS FLTAPI MfPreSectionSync(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                                  _Flt_CompletionContext_Outptr_ PVOID *CompletionContext);
VOID FLTAPI MfContextCleanup(_In_ PFLT_CONTEXT Context, _In_ FLT_CONTEXT_TYPE ContextType);
NTSTATUS FLTAPI MfConnect(_In_ PFLT_PORT ClientPort, _In_opt_ PVOID ServerPortCookie,
                          _In_reads_bytes_opt_(SizeOfContext) PVOID ConnectionContext, _In_ ULONG SizeOfContext,
                          _Flt_ConnectionCookie_Outptr_ PVOID *ConnectionCookie);
VOID FLTAPI MfDisconnect(_In_opt_ PVOID ConnectionCookie);
NTSTATUS FLTAPI MfMessage(_In_opt_ PVOID PortCookie, _In_reads_bytes_opt_(InputBufferLength) PVOID InputBuffer,
                          _In_ ULONG InputBufferLength,
                          _Out_writes_bytes_to_opt_(OutputBufferLength, *ReturnOutputBufferLength) PVOID OutputBuffer,
                          _In_ ULONG OutputBufferLength, _Out_ PULONG ReturnOutputBufferLength);
VOID FLTAPI MfNotifyWorker(_In_ PFLT_GENERIC_WORKITEM FltWorkItem, _In_ PVOID FltObject, _In_opt_ PVOID Context);
VOID FLTAPI MfDeferredWorker(_In_ PFLT_DEFERRED_IO_WORKITEM FltWorkItem, _In_ PFLT_CALLBACK_DATA CallbackData,
                             _In_opt_ PVOID Context);

static NTSTATUS FLTAPI MfCbdqInsert(_Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq, _In_ PFLT_CALLBACK_DATA Cbd, _In_opt_ PVOID InsertContext);
static VOID FLTAPI MfCbdqRemove(_Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq, _In_ PFLT_CALLBACK_DATA Cbd);
static PFLT_CALLBACK_DATA FLTAPI MfCbdqPeek(_In_ PFLT_CALLBACK_DATA_QUEUE Cbdq, _In_opt_ PFLT_CALLBACK_DATA Cbd, _In_opt_ PVOID PeekContext);
static VOID FLTAPI MfCbdqAcquire(_Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq, _Out_opt_ PKIRQL Irql);
static VOID FLTAPI MfCbdqRelease(_Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq, _In_opt_ KIRQL Irql);
static VOID FLTAPI MfCbdqCompleteCanceled(_Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq, _Inout_ PFLT_CALLBACK_DATA Cbd);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, MfUnload)
#pragma alloc_text(PAGE, MfInstanceSetup)
#endif

/* Designated initializers, in an order of their own. */
static const FLT_CONTEXT_REGISTRATION g_Contexts[] = {
    { .ContextType = FLT_STREAMHANDLE_CONTEXT, .Size = sizeof(MF_HANDLE_CONTEXT),
      .PoolTag = MF_TAG, .ContextCleanupCallback = MfContextCleanup },
    { .ContextType = FLT_INSTANCE_CONTEXT, .Flags = FLTFL_CONTEXT_REGISTRATION_NO_EXACT_SIZE_MATCH,
      .Size = sizeof(MF_INSTANCE_CONTEXT), .PoolTag = MF_TAG },
    { FLT_CONTEXT_END }
};

static const FLT_OPERATION_REGISTRATION g_Operations[] = {
    { IRP_MJ_CREATE, 0, MfPreCreate, MfPostCreate },
    { IRP_MJ_WRITE, FLTFL_OPERATION_REGISTRATION_SKIP_PAGING_IO, MfPreWrite, NULL },
    { .MajorFunction = IRP_MJ_SET_INFORMATION, .PreOperation = MfPreSetInfo },
    { .MajorFunction = IRP_MJ_DIRECTORY_CONTROL, .PostOperation = MfPostDirControl },
    { IRP_MJ_ACQUIRE_FOR_SECTION_SYNCHRONIZATION, 0, MfPreSectionSync, NULL },
    { IRP_MJ_OPERATION_END }
};

/* Positional: every member in the documented order. */
static const FLT_REGISTRATION g_Registration = {
    sizeof(FLT_REGISTRATION),
    FLT_REGISTRATION_VERSION,
    0,
    g_Contexts,
    g_Operations,
    MfUnload,
    MfInstanceSetup,
    MfQueryTeardown,
    MfTeardownStart,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL
};

/* Designated: what a driver built for an older filter manager would pass. */
static const FLT_REGISTRATION g_LegacyRegistration = {
    .Size = sizeof(FLT_REGISTRATION),
    .Version = FLT_REGISTRATION_VERSION_0200,
    .Flags = FLTFL_REGISTRATION_DO_NOT_SUPPORT_SERVICE_STOP,
    .OperationRegistration = g_Operations,
    .FilterUnloadCallback = MfUnload,
    .InstanceSetupCallback = MfInstanceSetup,
};

_Use_decl_annotations_
NTSTATUS
DriverEntry(
    PDRIVER_OBJECT DriverObject,
    PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd = NULL;
    OBJECT_ATTRIBUTES oa;
    UNICODE_STRING portName = RTL_CONSTANT_STRING(MF_PORT_NAME);
    const FLT_REGISTRATION *registration = &g_Registration;

    UNREFERENCED_PARAMETER(RegistryPath);

    if (FltGetRoutineAddress("FltGetRequestorProcessIdEx") == NULL) {
        registration = &g_LegacyRegistration;
    }

    status = FltRegisterFilter(DriverObject, registration, &g_Mf.Filter);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS);
    if (NT_SUCCESS(status)) {
        InitializeObjectAttributes(&oa, &portName, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, sd);
        status = FltCreateCommunicationPort(g_Mf.Filter, &g_Mf.ServerPort, &oa, NULL,
                                            MfConnect, MfDisconnect, MfMessage, 1);
        FltFreeSecurityDescriptor(sd);
    }

    if (NT_SUCCESS(status)) {
        status = FltStartFiltering(g_Mf.Filter);
        if (!NT_SUCCESS(status)) {
            FltCloseCommunicationPort(g_Mf.ServerPort);
        }
    }

    if (!NT_SUCCESS(status)) {
        FltUnregisterFilter(g_Mf.Filter);
    }
    return status;
}

_Use_decl_annotations_
NTSTATUS FLTAPI
MfUnload(
    FLT_FILTER_UNLOAD_FLAGS Flags)
{
    PAGED_CODE();

    if (!FlagOn(Flags, FLTFL_FILTER_UNLOAD_MANDATORY) && g_Mf.PendingWork != 0) {
        return STATUS_FLT_DO_NOT_DETACH;
    }
    FltCloseCommunicationPort(g_Mf.ServerPort);
    FltUnregisterFilter(g_Mf.Filter);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS FLTAPI
MfInstanceSetup(
    PCFLT_RELATED_OBJECTS FltObjects,
    FLT_INSTANCE_SETUP_FLAGS Flags,
    DEVICE_TYPE VolumeDeviceType,
    FLT_FILESYSTEM_TYPE VolumeFilesystemType)
{
    NTSTATUS status;
    PMF_INSTANCE_CONTEXT context = NULL;
    UCHAR buffer[sizeof(FLT_VOLUME_PROPERTIES) + 256];
    PFLT_VOLUME_PROPERTIES properties = (PFLT_VOLUME_PROPERTIES)buffer;
    ULONG length;

    UNREFERENCED_PARAMETER(Flags);
    PAGED_CODE();

    if (VolumeDeviceType == FILE_DEVICE_NETWORK_FILE_SYSTEM || VolumeFilesystemType == FLT_FSTYPE_RAW) {
        return STATUS_FLT_DO_NOT_ATTACH;
    }

    status = FltAllocateContext(FltObjects->Filter, FLT_INSTANCE_CONTEXT, sizeof(MF_INSTANCE_CONTEXT),
                                NonPagedPoolNx, (PFLT_CONTEXT *)&context);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlZeroMemory(context, sizeof(*context));
    context->Volume = FltObjects->Volume;
    context->FileSystem = VolumeFilesystemType;

    status = FltGetVolumeProperties(FltObjects->Volume, properties, sizeof(buffer), &length);
    if (NT_SUCCESS(status)) {
        context->SectorSize = max(properties->SectorSize, 512);
    }

    InitializeListHead(&context->QueueHead);
    KeInitializeSpinLock(&context->QueueLock);
    status = FltCbdqInitialize(FltObjects->Instance, &context->Queue, MfCbdqInsert, MfCbdqRemove,
                               MfCbdqPeek, MfCbdqAcquire, MfCbdqRelease, MfCbdqCompleteCanceled);
    if (NT_SUCCESS(status)) {
        status = FltSetInstanceContext(FltObjects->Instance, FLT_SET_CONTEXT_KEEP_IF_EXISTS, context, NULL);
    }
    FltReleaseContext(context);
    return status;
}

_Use_decl_annotations_
NTSTATUS FLTAPI
MfQueryTeardown(
    PCFLT_RELATED_OBJECTS FltObjects,
    FLT_INSTANCE_QUERY_TEARDOWN_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(FltObjects);
    UNREFERENCED_PARAMETER(Flags);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID FLTAPI
MfTeardownStart(
    PCFLT_RELATED_OBJECTS FltObjects,
    FLT_INSTANCE_TEARDOWN_FLAGS Reason)
{
    PMF_INSTANCE_CONTEXT context = NULL;
    PFLT_CALLBACK_DATA data;

    UNREFERENCED_PARAMETER(Reason);

    if (NT_SUCCESS(FltGetInstanceContext(FltObjects->Instance, (PFLT_CONTEXT *)&context))) {
        FltCbdqDisable(&context->Queue);
        while ((data = FltCbdqRemoveNextIo(&context->Queue, NULL)) != NULL) {
            data->IoStatus.Status = STATUS_CANCELLED;
            FltCompletePendedPreOperation(data, FLT_PREOP_COMPLETE, NULL);
        }
        FltReleaseContext(context);
    }
}

_Use_decl_annotations_
FLT_PREOP_CALLBACK_STATUS FLTAPI
MfPreCreate(
    PFLT_CALLBACK_DATA Data,
    PCFLT_RELATED_OBJECTS FltObjects,
    PVOID *CompletionContext)
{
    ULONG disposition = (Data->Iopb->Parameters.Create.Options >> 24) & 0xFF;
    PECP_LIST ecpList = NULL;
    PCSV_QUERY_FILE_REVISION_ECP_CONTEXT revision = NULL;

    *CompletionContext = NULL;
    if (FLT_IS_FASTIO_OPERATION(Data) || FlagOn(Data->Iopb->OperationFlags, SL_OPEN_PAGING_FILE)) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    if (NT_SUCCESS(FltGetEcpListFromCallbackData(FltObjects->Filter, Data, &ecpList)) && ecpList != NULL &&
        NT_SUCCESS(FltFindExtraCreateParameter(FltObjects->Filter, ecpList, &GUID_ECP_CSV_QUERY_FILE_REVISION,
                                               (PVOID *)&revision, NULL)) &&
        !FltIsEcpFromUserMode(FltObjects->Filter, revision)) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    return disposition == FILE_OPEN ? FLT_PREOP_SUCCESS_WITH_CALLBACK : FLT_PREOP_SYNCHRONIZE;
}

_Use_decl_annotations_
FLT_POSTOP_CALLBACK_STATUS FLTAPI
MfPostCreate(
    PFLT_CALLBACK_DATA Data,
    PCFLT_RELATED_OBJECTS FltObjects,
    PVOID CompletionContext,
    FLT_POST_OPERATION_FLAGS Flags)
{
    NTSTATUS status;
    PFLT_FILE_NAME_INFORMATION nameInfo = NULL;
    PMF_HANDLE_CONTEXT context = NULL;
    FILE_ID_INFORMATION fileId;
    BOOLEAN isDirectory = FALSE;

    UNREFERENCED_PARAMETER(CompletionContext);

    if (!NT_SUCCESS(Data->IoStatus.Status) || FlagOn(Flags, FLTFL_POST_OPERATION_DRAINING)) {
        return FLT_POSTOP_FINISHED_PROCESSING;
    }
    if (NT_SUCCESS(FltIsDirectory(FltObjects->FileObject, FltObjects->Instance, &isDirectory)) && isDirectory) {
        return FLT_POSTOP_FINISHED_PROCESSING;
    }

    status = FltGetFileNameInformation(Data, FLT_FILE_NAME_NORMALIZED | FLT_FILE_NAME_QUERY_DEFAULT, &nameInfo);
    if (!NT_SUCCESS(status)) {
        return FLT_POSTOP_FINISHED_PROCESSING;
    }
    status = FltParseFileNameInformation(nameInfo);

    if (NT_SUCCESS(status) && FltSupportsStreamHandleContexts(FltObjects->FileObject)) {
        status = FltAllocateContext(FltObjects->Filter, FLT_STREAMHANDLE_CONTEXT, sizeof(MF_HANDLE_CONTEXT),
                                    PagedPool, (PFLT_CONTEXT *)&context);
        if (NT_SUCCESS(status)) {
            RtlZeroMemory(context, sizeof(*context));
            context->Name.MaximumLength = nameInfo->FinalComponent.Length;
            context->Name.Buffer = (PWCH)ExAllocatePool2(POOL_FLAG_PAGED, context->Name.MaximumLength, MF_TAG);
            if (context->Name.Buffer != NULL) {
                RtlCopyUnicodeString(&context->Name, &nameInfo->FinalComponent);
            }
            (VOID)FltSetStreamHandleContext(FltObjects->Instance, FltObjects->FileObject,
                                            FLT_SET_CONTEXT_REPLACE_IF_EXISTS, context, NULL);
            FltReleaseContext(context);
        }
    }
    FltReleaseFileNameInformation(nameInfo);

    (VOID)FltQueryInformationFile(FltObjects->Instance, FltObjects->FileObject, &fileId, sizeof(fileId),
                                  FileIdInformation, NULL);
    return FLT_POSTOP_FINISHED_PROCESSING;
}

_Use_decl_annotations_
FLT_PREOP_CALLBACK_STATUS FLTAPI
MfPreWrite(
    PFLT_CALLBACK_DATA Data,
    PCFLT_RELATED_OBJECTS FltObjects,
    PVOID *CompletionContext)
{
    PMF_HANDLE_CONTEXT context = NULL;
    PFLT_GENERIC_WORKITEM workItem;
    PMF_NOTIFICATION notification;
    PVOID buffer = Data->Iopb->Parameters.Write.WriteBuffer;

    *CompletionContext = NULL;
    if (Data->Iopb->Parameters.Write.MdlAddress != NULL) {
        buffer = MmGetSystemAddressForMdlSafe(Data->Iopb->Parameters.Write.MdlAddress,
                                              NormalPagePriority | MdlMappingNoExecute);
    }
    if (buffer == NULL || Data->Iopb->Parameters.Write.Length == 0) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }

    if (NT_SUCCESS(FltGetStreamHandleContext(FltObjects->Instance, FltObjects->FileObject,
                                             (PFLT_CONTEXT *)&context))) {
        context->Written = TRUE;
        FltReleaseContext(context);
    }

    if (g_Mf.ClientPort == NULL) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    notification = (PMF_NOTIFICATION)ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(*notification), MF_TAG);
    workItem = FltAllocateGenericWorkItem();
    if (notification == NULL || workItem == NULL) {
        if (notification != NULL) {
            ExFreePoolWithTag(notification, MF_TAG);
        }
        if (workItem != NULL) {
            FltFreeGenericWorkItem(workItem);
        }
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    notification->ProcessId = FltGetRequestorProcessId(Data);
    notification->Major = Data->Iopb->MajorFunction;
    notification->Name[0] = L'\0';

    InterlockedIncrement(&g_Mf.PendingWork);
    if (!NT_SUCCESS(FltQueueGenericWorkItem(workItem, FltObjects->Filter, MfNotifyWorker,
                                            DelayedWorkQueue, notification))) {
        InterlockedDecrement(&g_Mf.PendingWork);
        FltFreeGenericWorkItem(workItem);
        ExFreePoolWithTag(notification, MF_TAG);
    }
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
}

_Use_decl_annotations_
FLT_PREOP_CALLBACK_STATUS FLTAPI
MfPreSetInfo(
    PFLT_CALLBACK_DATA Data,
    PCFLT_RELATED_OBJECTS FltObjects,
    PVOID *CompletionContext)
{
    PFILE_RENAME_INFORMATION rename;
    PFLT_FILE_NAME_INFORMATION destination = NULL;
    PFLT_DEFERRED_IO_WORKITEM deferred;

    *CompletionContext = NULL;
    switch (Data->Iopb->Parameters.SetFileInformation.FileInformationClass) {
    case FileRenameInformation:
    case FileRenameInformationEx:
        rename = (PFILE_RENAME_INFORMATION)Data->Iopb->Parameters.SetFileInformation.InfoBuffer;
        if (FlagOn(rename->Flags, FILE_RENAME_REPLACE_IF_EXISTS) || rename->ReplaceIfExists) {
            if (NT_SUCCESS(FltGetDestinationFileNameInformation(FltObjects->Instance, FltObjects->FileObject,
                                                                rename->RootDirectory, rename->FileName,
                                                                rename->FileNameLength,
                                                                FLT_FILE_NAME_OPENED | FLT_FILE_NAME_QUERY_DEFAULT,
                                                                &destination))) {
                FltReleaseFileNameInformation(destination);
            }
        }
        break;

    case FileDispositionInformationEx:
        if (FlagOn(((PFILE_DISPOSITION_INFORMATION_EX)Data->Iopb->Parameters.SetFileInformation.InfoBuffer)->Flags,
                   FILE_DISPOSITION_DELETE) &&
            FltIsOperationSynchronous(Data)) {
            deferred = FltAllocateDeferredIoWorkItem();
            if (deferred != NULL) {
                if (NT_SUCCESS(FltQueueDeferredIoWorkItem(deferred, Data, MfDeferredWorker,
                                                          CriticalWorkQueue, NULL))) {
                    return FLT_PREOP_PENDING;
                }
                FltFreeDeferredIoWorkItem(deferred);
            }
        }
        break;

    default:
        break;
    }
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
}

_Use_decl_annotations_
FLT_POSTOP_CALLBACK_STATUS FLTAPI
MfPostDirControl(
    PFLT_CALLBACK_DATA Data,
    PCFLT_RELATED_OBJECTS FltObjects,
    PVOID CompletionContext,
    FLT_POST_OPERATION_FLAGS Flags)
{
    FLT_POSTOP_CALLBACK_STATUS result = FLT_POSTOP_FINISHED_PROCESSING;

    if (Data->Iopb->MinorFunction != IRP_MN_QUERY_DIRECTORY ||
        Data->Iopb->Parameters.DirectoryControl.QueryDirectory.FileInformationClass != FileNamesInformation) {
        return FLT_POSTOP_FINISHED_PROCESSING;
    }
    if (Data->Iopb->Parameters.DirectoryControl.QueryDirectory.MdlAddress == NULL &&
        !NT_SUCCESS(FltLockUserBuffer(Data))) {
        return FLT_POSTOP_FINISHED_PROCESSING;
    }
    if (!FltDoCompletionProcessingWhenSafe(Data, FltObjects, CompletionContext, Flags,
                                           MfPostDirControlSafe, &result)) {
        Data->IoStatus.Status = STATUS_UNSUCCESSFUL;
        Data->IoStatus.Information = 0;
    }
    return result;
}

_Use_decl_annotations_
FLT_POSTOP_CALLBACK_STATUS FLTAPI
MfPostDirControlSafe(
    PFLT_CALLBACK_DATA Data,
    PCFLT_RELATED_OBJECTS FltObjects,
    PVOID CompletionContext,
    FLT_POST_OPERATION_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(FltObjects);
    UNREFERENCED_PARAMETER(CompletionContext);
    UNREFERENCED_PARAMETER(Flags);

    if (FLT_IS_IRP_OPERATION(Data) && !FltIsCallbackDataDirty(Data)) {
        Data->Iopb->Parameters.DirectoryControl.QueryDirectory.FileIndex = 0;
        FltSetCallbackDataDirty(Data);
    }
    return FLT_POSTOP_FINISHED_PROCESSING;
}

_Use_decl_annotations_
FLT_PREOP_CALLBACK_STATUS FLTAPI
MfPreSectionSync(
    PFLT_CALLBACK_DATA Data,
    PCFLT_RELATED_OBJECTS FltObjects,
    PVOID *CompletionContext)
{
    UNREFERENCED_PARAMETER(FltObjects);

    *CompletionContext = NULL;
    if (FLT_IS_FS_FILTER_OPERATION(Data) &&
        Data->Iopb->Parameters.AcquireForSectionSynchronization.SyncType == SyncTypeCreateSection &&
        Data->Iopb->Parameters.AcquireForSectionSynchronization.PageProtection == PAGE_EXECUTE) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
}

_Use_decl_annotations_
VOID FLTAPI
MfContextCleanup(
    PFLT_CONTEXT Context,
    FLT_CONTEXT_TYPE ContextType)
{
    PMF_HANDLE_CONTEXT handle = (PMF_HANDLE_CONTEXT)Context;

    if (ContextType == FLT_STREAMHANDLE_CONTEXT && handle->Name.Buffer != NULL) {
        ExFreePoolWithTag(handle->Name.Buffer, MF_TAG);
    }
}

_Use_decl_annotations_
NTSTATUS FLTAPI
MfConnect(
    PFLT_PORT ClientPort,
    PVOID ServerPortCookie,
    PVOID ConnectionContext,
    ULONG SizeOfContext,
    PVOID *ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ServerPortCookie);
    UNREFERENCED_PARAMETER(ConnectionContext);
    UNREFERENCED_PARAMETER(SizeOfContext);

    g_Mf.ClientProcess = PsGetCurrentProcess();
    g_Mf.ClientPort = ClientPort;
    *ConnectionCookie = NULL;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID FLTAPI
MfDisconnect(
    PVOID ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ConnectionCookie);

    FltCloseClientPort(g_Mf.Filter, &g_Mf.ClientPort);
    g_Mf.ClientProcess = NULL;
}

_Use_decl_annotations_
NTSTATUS FLTAPI
MfMessage(
    PVOID PortCookie,
    PVOID InputBuffer,
    ULONG InputBufferLength,
    PVOID OutputBuffer,
    ULONG OutputBufferLength,
    PULONG ReturnOutputBufferLength)
{
    UNREFERENCED_PARAMETER(PortCookie);

    *ReturnOutputBufferLength = 0;
    if (InputBuffer == NULL || InputBufferLength < sizeof(ULONG)) {
        return STATUS_INVALID_PARAMETER;
    }
    if (OutputBuffer != NULL && OutputBufferLength >= sizeof(LONG)) {
        *(PLONG)OutputBuffer = g_Mf.PendingWork;
        *ReturnOutputBufferLength = sizeof(LONG);
    }
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID FLTAPI
MfNotifyWorker(
    PFLT_GENERIC_WORKITEM FltWorkItem,
    PVOID FltObject,
    PVOID Context)
{
    PMF_NOTIFICATION notification = (PMF_NOTIFICATION)Context;
    LARGE_INTEGER timeout;
    ULONG replyLength = 0;

    UNREFERENCED_PARAMETER(FltObject);

    timeout.QuadPart = -10 * 1000 * 1000;
    (VOID)FltSendMessage(g_Mf.Filter, &g_Mf.ClientPort, notification, sizeof(*notification),
                         NULL, &replyLength, &timeout);
    ExFreePoolWithTag(notification, MF_TAG);
    FltFreeGenericWorkItem(FltWorkItem);
    InterlockedDecrement(&g_Mf.PendingWork);
}

_Use_decl_annotations_
VOID FLTAPI
MfDeferredWorker(
    PFLT_DEFERRED_IO_WORKITEM FltWorkItem,
    PFLT_CALLBACK_DATA CallbackData,
    PVOID Context)
{
    PFLT_VOLUME volume = NULL;

    UNREFERENCED_PARAMETER(Context);

    if (NT_SUCCESS(FltGetVolumeFromInstance(CallbackData->Iopb->TargetInstance, &volume))) {
        FltObjectDereference(volume);
    }
    FltFreeDeferredIoWorkItem(FltWorkItem);
    FltCompletePendedPreOperation(CallbackData, FLT_PREOP_SUCCESS_NO_CALLBACK, NULL);
}

/* Cancel-safe queue of pended callback data, guarded by a spin lock. */

static PMF_INSTANCE_CONTEXT
MfQueueOwner(
    _In_ PFLT_CALLBACK_DATA_QUEUE Cbdq)
{
    return CONTAINING_RECORD(Cbdq, MF_INSTANCE_CONTEXT, Queue);
}

_Use_decl_annotations_
static NTSTATUS FLTAPI
MfCbdqInsert(
    PFLT_CALLBACK_DATA_QUEUE Cbdq,
    PFLT_CALLBACK_DATA Cbd,
    PVOID InsertContext)
{
    UNREFERENCED_PARAMETER(InsertContext);
    InsertTailList(&MfQueueOwner(Cbdq)->QueueHead, &Cbd->QueueLinks);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
static VOID FLTAPI
MfCbdqRemove(
    PFLT_CALLBACK_DATA_QUEUE Cbdq,
    PFLT_CALLBACK_DATA Cbd)
{
    UNREFERENCED_PARAMETER(Cbdq);
    RemoveEntryList(&Cbd->QueueLinks);
}

_Use_decl_annotations_
static PFLT_CALLBACK_DATA FLTAPI
MfCbdqPeek(
    PFLT_CALLBACK_DATA_QUEUE Cbdq,
    PFLT_CALLBACK_DATA Cbd,
    PVOID PeekContext)
{
    PLIST_ENTRY head = &MfQueueOwner(Cbdq)->QueueHead;
    PLIST_ENTRY next = (Cbd == NULL) ? head->Flink : Cbd->QueueLinks.Flink;

    UNREFERENCED_PARAMETER(PeekContext);
    return (next == head) ? NULL : CONTAINING_RECORD(next, FLT_CALLBACK_DATA, QueueLinks);
}

_Use_decl_annotations_
static VOID FLTAPI
MfCbdqAcquire(
    PFLT_CALLBACK_DATA_QUEUE Cbdq,
    PKIRQL Irql)
{
    KeAcquireSpinLock(&MfQueueOwner(Cbdq)->QueueLock, Irql);
}

_Use_decl_annotations_
static VOID FLTAPI
MfCbdqRelease(
    PFLT_CALLBACK_DATA_QUEUE Cbdq,
    KIRQL Irql)
{
    KeReleaseSpinLock(&MfQueueOwner(Cbdq)->QueueLock, Irql);
}

_Use_decl_annotations_
static VOID FLTAPI
MfCbdqCompleteCanceled(
    PFLT_CALLBACK_DATA_QUEUE Cbdq,
    PFLT_CALLBACK_DATA Cbd)
{
    UNREFERENCED_PARAMETER(Cbdq);
    Cbd->IoStatus.Status = STATUS_CANCELLED;
    Cbd->IoStatus.Information = 0;
    FltCompletePendedPreOperation(Cbd, FLT_PREOP_COMPLETE, NULL);
}
