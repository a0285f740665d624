// driver-filter-unload: the minispy shape. The filter keeps its state in one
// global (filter, server port, client port, a lookaside list of operation
// records and the list of finished records). Pre-operation callbacks take a
// record from the lookaside list, post-operation callbacks queue it, and the
// message notify routine hands one record to the user-mode reader. The
// FilterUnloadCallback closes the server port, unregisters, and only then
// (no callback can run any more) frees the queued records and deletes the
// lookaside list through a helper, so driver-unload-missing-cleanup is
// satisfied too. Silent.
// Compare port-never-closed.c, unregister-before-close-port.c.
#include <fltKernel.h>

#define SPY_TAG 'ypSU'

typedef struct _SPY_RECORD {
    LIST_ENTRY Link;
    ULONG ProcessId;
    ULONG Major;
    NTSTATUS Status;
} SPY_RECORD, *PSPY_RECORD;

static struct {
    PFLT_FILTER Filter;
    PFLT_PORT ServerPort;
    PFLT_PORT ClientPort;
    NPAGED_LOOKASIDE_LIST RecordLookaside;
    LIST_ENTRY Records;
    KSPIN_LOCK RecordsLock;
} gSpy;

DRIVER_INITIALIZE DriverEntry;

static VOID SpyFreeRecords(VOID)
{
    PLIST_ENTRY entry;

    while ((entry = ExInterlockedRemoveHeadList(&gSpy.Records, &gSpy.RecordsLock)) != NULL) {
        ExFreeToNPagedLookasideList(&gSpy.RecordLookaside, CONTAINING_RECORD(entry, SPY_RECORD, Link));
    }
    ExDeleteNPagedLookasideList(&gSpy.RecordLookaside);
}

static NTSTATUS FLTAPI SpyUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    PAGED_CODE();

    FltCloseCommunicationPort(gSpy.ServerPort);
    FltUnregisterFilter(gSpy.Filter);
    SpyFreeRecords();
    return STATUS_SUCCESS;
}

static FLT_PREOP_CALLBACK_STATUS FLTAPI SpyPreOperation(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects, PVOID *CompletionContext)
{
    PSPY_RECORD record = NULL;

    UNREFERENCED_PARAMETER(FltObjects);
    if (gSpy.ClientPort != NULL) {
        record = (PSPY_RECORD)ExAllocateFromNPagedLookasideList(&gSpy.RecordLookaside);
    }
    *CompletionContext = record;
    if (record == NULL) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    record->ProcessId = FltGetRequestorProcessId(Data);
    record->Major = Data->Iopb->MajorFunction;
    return FLT_PREOP_SUCCESS_WITH_CALLBACK;
}

static FLT_POSTOP_CALLBACK_STATUS FLTAPI SpyPostOperation(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
                                                          PVOID CompletionContext, FLT_POST_OPERATION_FLAGS Flags)
{
    PSPY_RECORD record = (PSPY_RECORD)CompletionContext;

    UNREFERENCED_PARAMETER(FltObjects);
    if (FlagOn(Flags, FLTFL_POST_OPERATION_DRAINING)) {
        ExFreeToNPagedLookasideList(&gSpy.RecordLookaside, record);
    } else {
        record->Status = Data->IoStatus.Status;
        ExInterlockedInsertTailList(&gSpy.Records, &record->Link, &gSpy.RecordsLock);
    }
    return FLT_POSTOP_FINISHED_PROCESSING;
}

static NTSTATUS FLTAPI SpyConnect(PFLT_PORT ClientPort, PVOID ServerPortCookie, PVOID ConnectionContext, ULONG SizeOfContext,
                                  PVOID *ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ServerPortCookie);
    UNREFERENCED_PARAMETER(ConnectionContext);
    UNREFERENCED_PARAMETER(SizeOfContext);
    gSpy.ClientPort = ClientPort;
    *ConnectionCookie = NULL;
    return STATUS_SUCCESS;
}

static VOID FLTAPI SpyDisconnect(PVOID ConnectionCookie)
{
    UNREFERENCED_PARAMETER(ConnectionCookie);
    FltCloseClientPort(gSpy.Filter, &gSpy.ClientPort);
}

static NTSTATUS FLTAPI SpyMessage(PVOID PortCookie, PVOID InputBuffer, ULONG InputBufferLength, PVOID OutputBuffer,
                                  ULONG OutputBufferLength, PULONG ReturnOutputBufferLength)
{
    PLIST_ENTRY entry;
    NTSTATUS status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(PortCookie);
    UNREFERENCED_PARAMETER(InputBuffer);
    UNREFERENCED_PARAMETER(InputBufferLength);
    *ReturnOutputBufferLength = 0;
    if (OutputBuffer == NULL || OutputBufferLength < 3 * sizeof(ULONG)) {
        return STATUS_INVALID_PARAMETER;
    }
    entry = ExInterlockedRemoveHeadList(&gSpy.Records, &gSpy.RecordsLock);
    if (entry == NULL) {
        return STATUS_NO_MORE_ENTRIES;
    }
    __try {
        RtlCopyMemory(OutputBuffer, &CONTAINING_RECORD(entry, SPY_RECORD, Link)->ProcessId, 3 * sizeof(ULONG));
        *ReturnOutputBufferLength = 3 * sizeof(ULONG);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }
    ExFreeToNPagedLookasideList(&gSpy.RecordLookaside, CONTAINING_RECORD(entry, SPY_RECORD, Link));
    return status;
}

static const FLT_OPERATION_REGISTRATION gSpyOperations[] = {
    { IRP_MJ_CREATE, 0, SpyPreOperation, SpyPostOperation },
    { IRP_MJ_WRITE, 0, SpyPreOperation, SpyPostOperation },
    { IRP_MJ_OPERATION_END }
};

static const FLT_REGISTRATION gSpyRegistration = {
    sizeof(FLT_REGISTRATION), FLT_REGISTRATION_VERSION, 0, NULL, gSpyOperations, SpyUnload,
};

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING portName = RTL_CONSTANT_STRING(L"\\SpyRecordPort");
    OBJECT_ATTRIBUTES attributes;
    PSECURITY_DESCRIPTOR sd;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    InitializeListHead(&gSpy.Records);
    KeInitializeSpinLock(&gSpy.RecordsLock);
    ExInitializeNPagedLookasideList(&gSpy.RecordLookaside, NULL, NULL, POOL_NX_ALLOCATION, sizeof(SPY_RECORD), SPY_TAG, 0);
    status = FltRegisterFilter(DriverObject, &gSpyRegistration, &gSpy.Filter);
    if (NT_SUCCESS(status)) {
        status = FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS);
        if (NT_SUCCESS(status)) {
            InitializeObjectAttributes(&attributes, &portName, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, sd);
            status = FltCreateCommunicationPort(gSpy.Filter, &gSpy.ServerPort, &attributes, NULL, SpyConnect,
                                                SpyDisconnect, SpyMessage, 1);
            FltFreeSecurityDescriptor(sd);
            if (NT_SUCCESS(status)) {
                status = FltStartFiltering(gSpy.Filter);
                if (NT_SUCCESS(status)) {
                    return STATUS_SUCCESS;
                }
                FltCloseCommunicationPort(gSpy.ServerPort);
            }
        }
        FltUnregisterFilter(gSpy.Filter);
    }
    ExDeleteNPagedLookasideList(&gSpy.RecordLookaside);
    return status;
}
