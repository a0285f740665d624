// driver-irql: the twin of minifilter-unload-dpc-level-lock.c. The lock is
// taken with KeAcquireSpinLockAtDpcLevel in a post-operation callback, which
// the filter manager may call at any IRQL up to DISPATCH_LEVEL: the call may
// be right (at DISPATCH_LEVEL) or wrong (below it), and only certain
// violations are reported. The FilterUnloadCallback only unregisters, at
// PASSIVE_LEVEL. Silent.
#include <fltKernel.h>

DRIVER_INITIALIZE DriverEntry;
NTSTATUS FLTAPI StsUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);
FLT_POSTOP_CALLBACK_STATUS FLTAPI StsPostWrite(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                               _In_opt_ PVOID CompletionContext, _In_ FLT_POST_OPERATION_FLAGS Flags);

static PFLT_FILTER gFilter;
static KSPIN_LOCK gStatsLock;
static LONG gStats;

static const FLT_OPERATION_REGISTRATION gCallbacks[] = {
    { IRP_MJ_WRITE, 0, NULL, StsPostWrite },
    { IRP_MJ_OPERATION_END }
};

static const FLT_REGISTRATION gRegistration = {
    .Size = sizeof(FLT_REGISTRATION),
    .Version = FLT_REGISTRATION_VERSION,
    .OperationRegistration = gCallbacks,
    .FilterUnloadCallback = StsUnload,
};

FLT_POSTOP_CALLBACK_STATUS FLTAPI StsPostWrite(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
                                               PVOID CompletionContext, FLT_POST_OPERATION_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Data);
    UNREFERENCED_PARAMETER(FltObjects);
    UNREFERENCED_PARAMETER(CompletionContext);
    UNREFERENCED_PARAMETER(Flags);
    KeAcquireSpinLockAtDpcLevel(&gStatsLock);
    gStats++;
    KeReleaseSpinLockFromDpcLevel(&gStatsLock);
    return FLT_POSTOP_FINISHED_PROCESSING;
}

NTSTATUS FLTAPI StsUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    FltUnregisterFilter(gFilter);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&gStatsLock);
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
