// driver-filter-unload: a minifilter that counts the files opened through it
// and refuses an optional unload while any is open. Its FilterUnloadCallback
// unregisters only on the mandatory path; the optional path with no open file
// returns STATUS_SUCCESS without FltUnregisterFilter, and the filter manager
// takes that success as "unload me". Fires at that return. The
// STATUS_FLT_DO_NOT_DETACH return is on a path where the mandatory flag was
// tested clear, so it is correct.
// Twin: unregister-on-every-path.c.
#include <fltKernel.h>

DRIVER_INITIALIZE DriverEntry;
NTSTATUS FLTAPI CntUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);
FLT_POSTOP_CALLBACK_STATUS FLTAPI CntPostCreate(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                                _In_opt_ PVOID CompletionContext, _In_ FLT_POST_OPERATION_FLAGS Flags);
FLT_PREOP_CALLBACK_STATUS FLTAPI CntPreClose(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                             _Flt_CompletionContext_Outptr_ PVOID *CompletionContext);

static PFLT_FILTER gCntFilter;
static volatile LONG gCntOpenFiles;

static const FLT_OPERATION_REGISTRATION gCntOperations[] = {
    { IRP_MJ_CREATE, 0, NULL, CntPostCreate },
    { IRP_MJ_CLOSE, 0, CntPreClose, NULL },
    { IRP_MJ_OPERATION_END }
};

static const FLT_REGISTRATION gCntRegistration = {
    sizeof(FLT_REGISTRATION), FLT_REGISTRATION_VERSION, 0, NULL, gCntOperations, CntUnload,
};

_Use_decl_annotations_ NTSTATUS FLTAPI CntUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    PAGED_CODE();

    if (FlagOn(Flags, FLTFL_FILTER_UNLOAD_MANDATORY)) {
        FltUnregisterFilter(gCntFilter);
        return STATUS_SUCCESS;
    }
    if (gCntOpenFiles != 0) {
        return STATUS_FLT_DO_NOT_DETACH;
    }
    return STATUS_SUCCESS; // expect: driver-filter-unload "without calling FltUnregisterFilter"
}

_Use_decl_annotations_
FLT_POSTOP_CALLBACK_STATUS FLTAPI CntPostCreate(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
                                                PVOID CompletionContext, FLT_POST_OPERATION_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(FltObjects);
    UNREFERENCED_PARAMETER(CompletionContext);

    if (NT_SUCCESS(Data->IoStatus.Status) && !FlagOn(Flags, FLTFL_POST_OPERATION_DRAINING)) {
        InterlockedIncrement(&gCntOpenFiles);
    }
    return FLT_POSTOP_FINISHED_PROCESSING;
}

_Use_decl_annotations_
FLT_PREOP_CALLBACK_STATUS FLTAPI CntPreClose(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
                                             PVOID *CompletionContext)
{
    UNREFERENCED_PARAMETER(Data);
    UNREFERENCED_PARAMETER(FltObjects);

    *CompletionContext = NULL;
    InterlockedDecrement(&gCntOpenFiles);
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = FltRegisterFilter(DriverObject, &gCntRegistration, &gCntFilter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = FltStartFiltering(gCntFilter);
    if (!NT_SUCCESS(status)) {
        FltUnregisterFilter(gCntFilter);
    }
    return status;
}
