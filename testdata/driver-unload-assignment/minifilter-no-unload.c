// driver-unload-assignment (a): a file-system minifilter registers a process
// callback but stores no DriverUnload: correctly so, since FltRegisterFilter
// makes the filter manager unload it through FilterUnloadCallback, which
// removes the callback. A driver that calls a framework initializer is not
// expected to store DriverUnload itself. Silent.
#include <fltKernel.h>

DRIVER_INITIALIZE DriverEntry;

static PFLT_FILTER g_Filter;

static VOID SampProcessNotify(PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    if (CreateInfo != NULL) {
        DbgPrint("samp: process %p created\n", ProcessId);
    }
}

static NTSTATUS FLTAPI SampFilterUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    PsSetCreateProcessNotifyRoutineEx(SampProcessNotify, TRUE);
    FltUnregisterFilter(g_Filter);
    return STATUS_SUCCESS;
}

static const FLT_REGISTRATION g_Registration = {
    .Size = sizeof(FLT_REGISTRATION),
    .Version = FLT_REGISTRATION_VERSION,
    .FilterUnloadCallback = SampFilterUnload,
};

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = FltRegisterFilter(DriverObject, &g_Registration, &g_Filter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = PsSetCreateProcessNotifyRoutineEx(SampProcessNotify, FALSE);
    if (!NT_SUCCESS(status)) {
        FltUnregisterFilter(g_Filter);
        return status;
    }
    status = FltStartFiltering(g_Filter);
    if (!NT_SUCCESS(status)) {
        PsSetCreateProcessNotifyRoutineEx(SampProcessNotify, TRUE);
        FltUnregisterFilter(g_Filter);
    }
    return status;
}
