// driver-zw-unload-driver: a minifilter (it includes fltKernel.h and
// registers with the filter manager: FltRegisterFilter, FltStartFiltering in
// DriverEntry, FltUnregisterFilter in its FilterUnloadCallback) replaces the
// companion minifilter an older version installed by unloading it with
// ZwUnloadDriver from DriverEntry, in every build. A file-system filter may
// call ZwUnloadDriver only for debugging; a minifilter unloads another
// minifilter with FltUnloadFilter (seed 002). Service key and status are
// right. Fires at the call.
// Silent twins: minifilter-flt-unload.c (FltUnloadFilter),
// minifilter-zw-unload-under-dbg.c (the call inside #if DBG).
// Needs fltKernel.h, which the analyzer does not provide yet.
#include <fltKernel.h>

DRIVER_INITIALIZE DriverEntry;

static PFLT_FILTER gFilter;

static FLT_PREOP_CALLBACK_STATUS SampPreCreate(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
                                               PVOID *CompletionContext)
{
    UNREFERENCED_PARAMETER(Data);
    UNREFERENCED_PARAMETER(FltObjects);
    *CompletionContext = NULL;
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
}

static NTSTATUS SampFilterUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    FltUnregisterFilter(gFilter);
    return STATUS_SUCCESS;
}

static const FLT_OPERATION_REGISTRATION gOperations[] = {
    { IRP_MJ_CREATE, 0, SampPreCreate, NULL },
    { IRP_MJ_OPERATION_END }
};

static const FLT_REGISTRATION gRegistration = {
    sizeof(FLT_REGISTRATION),
    FLT_REGISTRATION_VERSION,
    0,                      // Flags
    NULL,                   // ContextRegistration
    gOperations,            // OperationRegistration
    SampFilterUnload,       // FilterUnloadCallback
};

static VOID SampRemoveOldCompanion(VOID)
{
    UNICODE_STRING oldKey = RTL_CONSTANT_STRING(L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\SampOldCompanion");
    NTSTATUS status;

    status = ZwUnloadDriver(&oldKey); // expect: driver-zw-unload-driver "a file-system filter must not call ZwUnloadDriver"
    if (!NT_SUCCESS(status) && status != STATUS_OBJECT_NAME_NOT_FOUND) {
        DbgPrint("samp: old companion still loaded: 0x%08X\n", status);
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    SampRemoveOldCompanion();
    status = FltRegisterFilter(DriverObject, &gRegistration, &gFilter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = FltStartFiltering(gFilter);
    if (!NT_SUCCESS(status)) {
        FltUnregisterFilter(gFilter);
    }
    return status;
}
