// driver-filter-unload: unregister-on-one-path.c corrected. The optional
// unload with no open file now unregisters before it returns STATUS_SUCCESS,
// like the mandatory path; the optional unload with open files still refuses
// with STATUS_FLT_DO_NOT_DETACH, after testing the mandatory flag clear.
// Every success path unregisters. Silent.
// Twin: unregister-on-one-path.c.
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
    FltUnregisterFilter(gCntFilter);
    return STATUS_SUCCESS;
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
