// driver-filter-unload: a refusal with an ordinary error status: the
// FilterUnloadCallback returns STATUS_DEVICE_BUSY while writes are in flight,
// without testing FLTFL_FILTER_UNLOAD_MANDATORY. Any failure status is a
// refusal, not only STATUS_FLT_DO_NOT_DETACH, and a mandatory unload cannot be
// refused. Fires at that return.
// Twin: error-status-tested.c.
#include <fltKernel.h>

DRIVER_INITIALIZE DriverEntry;
NTSTATUS FLTAPI LckUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);
FLT_PREOP_CALLBACK_STATUS FLTAPI LckPreWrite(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                             _Flt_CompletionContext_Outptr_ PVOID *CompletionContext);
FLT_POSTOP_CALLBACK_STATUS FLTAPI LckPostWrite(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                               _In_opt_ PVOID CompletionContext, _In_ FLT_POST_OPERATION_FLAGS Flags);

static PFLT_FILTER gLckFilter;
static volatile LONG gLckWritesInFlight;

static const FLT_OPERATION_REGISTRATION gLckOperations[] = {
    { IRP_MJ_WRITE, FLTFL_OPERATION_REGISTRATION_SKIP_PAGING_IO, LckPreWrite, LckPostWrite },
    { IRP_MJ_OPERATION_END }
};

static const FLT_REGISTRATION gLckRegistration = {
    sizeof(FLT_REGISTRATION), FLT_REGISTRATION_VERSION, 0, NULL, gLckOperations, LckUnload,
};

_Use_decl_annotations_ NTSTATUS FLTAPI LckUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    PAGED_CODE();

    if (gLckWritesInFlight > 0) {
        DbgPrint("lck: %ld writes in flight, not unloading\n", gLckWritesInFlight);
        return STATUS_DEVICE_BUSY; // expect: driver-filter-unload "without testing FLTFL_FILTER_UNLOAD_MANDATORY"
    }
    FltUnregisterFilter(gLckFilter);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
FLT_PREOP_CALLBACK_STATUS FLTAPI LckPreWrite(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
                                             PVOID *CompletionContext)
{
    UNREFERENCED_PARAMETER(FltObjects);

    *CompletionContext = NULL;
    if (Data->Iopb->Parameters.Write.Length == 0) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    InterlockedIncrement(&gLckWritesInFlight);
    return FLT_PREOP_SUCCESS_WITH_CALLBACK;
}

_Use_decl_annotations_
FLT_POSTOP_CALLBACK_STATUS FLTAPI LckPostWrite(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
                                               PVOID CompletionContext, FLT_POST_OPERATION_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Data);
    UNREFERENCED_PARAMETER(FltObjects);
    UNREFERENCED_PARAMETER(CompletionContext);
    UNREFERENCED_PARAMETER(Flags);

    InterlockedDecrement(&gLckWritesInFlight);
    return FLT_POSTOP_FINISHED_PROCESSING;
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = FltRegisterFilter(DriverObject, &gLckRegistration, &gLckFilter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = FltStartFiltering(gLckFilter);
    if (!NT_SUCCESS(status)) {
        FltUnregisterFilter(gLckFilter);
    }
    return status;
}
