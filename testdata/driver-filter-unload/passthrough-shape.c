// driver-filter-unload: the pass-through shape. A registration with every
// instance callback (setup, query teardown, teardown start and complete), an
// instance context with a cleanup callback, and an operation table that sends
// create, read, write and cleanup through one pre-operation callback that
// counts them in the instance context and one post-operation callback that
// logs failures; both pass every operation on. The
// FilterUnloadCallback unregisters and returns STATUS_SUCCESS; the instance
// callbacks return NTSTATUS too (STATUS_FLT_DO_NOT_ATTACH from setup) and are
// not the FilterUnloadCallback. Silent. A shape: no firing twin of its own
// (compare nullfilter-shape.c and unload-never-unregisters.c).
#include <fltKernel.h>

#define PT_TAG 'tPtU'

typedef struct _PT_INSTANCE_CONTEXT {
    FLT_FILESYSTEM_TYPE FileSystem;
    volatile LONG Operations;
} PT_INSTANCE_CONTEXT, *PPT_INSTANCE_CONTEXT;

DRIVER_INITIALIZE DriverEntry;

static PFLT_FILTER gPtFilter;

static NTSTATUS FLTAPI PtUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    PAGED_CODE();
    FltUnregisterFilter(gPtFilter);
    return STATUS_SUCCESS;
}

static NTSTATUS FLTAPI PtInstanceSetup(PCFLT_RELATED_OBJECTS FltObjects, FLT_INSTANCE_SETUP_FLAGS Flags,
                                       DEVICE_TYPE VolumeDeviceType, FLT_FILESYSTEM_TYPE VolumeFilesystemType)
{
    PPT_INSTANCE_CONTEXT context = NULL;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Flags);
    if (VolumeDeviceType == FILE_DEVICE_NETWORK_FILE_SYSTEM) {
        return STATUS_FLT_DO_NOT_ATTACH;
    }
    status = FltAllocateContext(FltObjects->Filter, FLT_INSTANCE_CONTEXT, sizeof(PT_INSTANCE_CONTEXT), NonPagedPoolNx,
                                (PFLT_CONTEXT *)&context);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    context->FileSystem = VolumeFilesystemType;
    context->Operations = 0;
    status = FltSetInstanceContext(FltObjects->Instance, FLT_SET_CONTEXT_KEEP_IF_EXISTS, context, NULL);
    FltReleaseContext(context);
    return status;
}

static NTSTATUS FLTAPI PtInstanceQueryTeardown(PCFLT_RELATED_OBJECTS FltObjects, FLT_INSTANCE_QUERY_TEARDOWN_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(FltObjects);
    UNREFERENCED_PARAMETER(Flags);
    return STATUS_SUCCESS;
}

static VOID FLTAPI PtInstanceTeardown(PCFLT_RELATED_OBJECTS FltObjects, FLT_INSTANCE_TEARDOWN_FLAGS Reason)
{
    UNREFERENCED_PARAMETER(FltObjects);
    UNREFERENCED_PARAMETER(Reason);
}

static VOID FLTAPI PtContextCleanup(PFLT_CONTEXT Context, FLT_CONTEXT_TYPE ContextType)
{
    UNREFERENCED_PARAMETER(ContextType);
    DbgPrint("pt: instance saw %ld operations\n", ((PPT_INSTANCE_CONTEXT)Context)->Operations);
}

static FLT_PREOP_CALLBACK_STATUS FLTAPI PtPreOperation(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects, PVOID *CompletionContext)
{
    PPT_INSTANCE_CONTEXT context = NULL;

    *CompletionContext = NULL;
    if (FLT_IS_FASTIO_OPERATION(Data)) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    if (NT_SUCCESS(FltGetInstanceContext(FltObjects->Instance, (PFLT_CONTEXT *)&context))) {
        InterlockedIncrement(&context->Operations);
        FltReleaseContext(context);
    }
    return FLT_PREOP_SUCCESS_WITH_CALLBACK;
}

static FLT_POSTOP_CALLBACK_STATUS FLTAPI PtPostOperation(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
                                                         PVOID CompletionContext, FLT_POST_OPERATION_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(FltObjects);
    UNREFERENCED_PARAMETER(CompletionContext);
    if (!FlagOn(Flags, FLTFL_POST_OPERATION_DRAINING) && !NT_SUCCESS(Data->IoStatus.Status)) {
        DbgPrint("pt: major %u failed with %08x\n", Data->Iopb->MajorFunction, Data->IoStatus.Status);
    }
    return FLT_POSTOP_FINISHED_PROCESSING;
}

static const FLT_CONTEXT_REGISTRATION gPtContexts[] = {
    { FLT_INSTANCE_CONTEXT, 0, PtContextCleanup, sizeof(PT_INSTANCE_CONTEXT), PT_TAG },
    { FLT_CONTEXT_END }
};

static const FLT_OPERATION_REGISTRATION gPtOperations[] = {
    { IRP_MJ_CREATE, 0, PtPreOperation, PtPostOperation },
    { IRP_MJ_READ, 0, PtPreOperation, PtPostOperation },
    { IRP_MJ_WRITE, 0, PtPreOperation, PtPostOperation },
    { IRP_MJ_CLEANUP, 0, PtPreOperation, PtPostOperation },
    { IRP_MJ_OPERATION_END }
};

static const FLT_REGISTRATION gPtRegistration = {
    sizeof(FLT_REGISTRATION), FLT_REGISTRATION_VERSION, 0,
    gPtContexts, gPtOperations, PtUnload,
    PtInstanceSetup, PtInstanceQueryTeardown, PtInstanceTeardown, PtInstanceTeardown,
};

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = FltRegisterFilter(DriverObject, &gPtRegistration, &gPtFilter);
    if (NT_SUCCESS(status)) {
        status = FltStartFiltering(gPtFilter);
        if (!NT_SUCCESS(status)) {
            FltUnregisterFilter(gPtFilter);
        }
    }
    return status;
}
