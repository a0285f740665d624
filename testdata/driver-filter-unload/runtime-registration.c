// driver-filter-unload: a minifilter that builds its FLT_REGISTRATION at run
// time: the global gRtRegistration has no initializer, and DriverEntry fills
// it member by member before FltRegisterFilter; RtUnload reaches the
// registration only through the store gRtRegistration.FilterUnloadCallback =
// RtUnload. RtUnload unregisters on its only path. Silent.
// Twin: runtime-registration-never-unregisters.c.
#include <fltKernel.h>

DRIVER_INITIALIZE DriverEntry;
NTSTATUS FLTAPI RtUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);
FLT_PREOP_CALLBACK_STATUS FLTAPI RtPreRead(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                           _Flt_CompletionContext_Outptr_ PVOID *CompletionContext);

static PFLT_FILTER gRtFilter;
static FLT_REGISTRATION gRtRegistration;
static volatile LONG64 gRtBytesRead;

static const FLT_OPERATION_REGISTRATION gRtOperations[] = {
    { IRP_MJ_READ, FLTFL_OPERATION_REGISTRATION_SKIP_PAGING_IO, RtPreRead, NULL },
    { IRP_MJ_OPERATION_END }
};

_Use_decl_annotations_ NTSTATUS FLTAPI RtUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    PAGED_CODE();

    FltUnregisterFilter(gRtFilter);
    DbgPrint("rt: %lld bytes read\n", gRtBytesRead);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
FLT_PREOP_CALLBACK_STATUS FLTAPI RtPreRead(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
                                           PVOID *CompletionContext)
{
    UNREFERENCED_PARAMETER(FltObjects);

    *CompletionContext = NULL;
    InterlockedAdd64(&gRtBytesRead, Data->Iopb->Parameters.Read.Length);
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);

    RtlZeroMemory(&gRtRegistration, sizeof(gRtRegistration));
    gRtRegistration.Size = sizeof(FLT_REGISTRATION);
    gRtRegistration.Version = FLT_REGISTRATION_VERSION;
    gRtRegistration.OperationRegistration = gRtOperations;
    gRtRegistration.FilterUnloadCallback = RtUnload;

    status = FltRegisterFilter(DriverObject, &gRtRegistration, &gRtFilter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = FltStartFiltering(gRtFilter);
    if (!NT_SUCCESS(status)) {
        FltUnregisterFilter(gRtFilter);
    }
    return status;
}
