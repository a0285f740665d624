// driver-zw-unload-driver: minifilter-zw-unload.c with the body of
// SampRemoveOldCompanion inside #if DBG: the test builds of the minifilter
// unload the old companion with ZwUnloadDriver, for debugging, as seed 002
// allows; the retail build leaves it alone. Silent in a free build (nothing
// compiled) and in a checked build (-DDBG=1: the call is inside #if DBG).
// Firing twin: minifilter-zw-unload.c.
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
#if DBG
    UNICODE_STRING oldKey = RTL_CONSTANT_STRING(L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\SampOldCompanion");
    NTSTATUS status;

    status = ZwUnloadDriver(&oldKey);
    if (!NT_SUCCESS(status) && status != STATUS_OBJECT_NAME_NOT_FOUND) {
        DbgPrint("samp: old companion still loaded: 0x%08X\n", status);
    }
#endif
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
