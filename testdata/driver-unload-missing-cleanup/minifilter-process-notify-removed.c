// driver-unload-missing-cleanup: the twin of minifilter-process-notify-kept.c.
// The FilterUnloadCallback removes the process-creation callback before it
// unregisters the filter, so everything DriverEntry registered is undone on
// the minifilter's way out. Silent.
#include <fltKernel.h>

DRIVER_INITIALIZE DriverEntry;
NTSTATUS FLTAPI PwUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);

static PFLT_FILTER gFilter;
static volatile LONG gStarts;

static const FLT_REGISTRATION gRegistration = {
    sizeof(FLT_REGISTRATION), FLT_REGISTRATION_VERSION, 0, NULL, NULL, PwUnload,
};

static VOID PwOnProcess(HANDLE ParentId, HANDLE ProcessId, BOOLEAN Create)
{
    UNREFERENCED_PARAMETER(ParentId);
    UNREFERENCED_PARAMETER(ProcessId);
    if (Create) {
        InterlockedIncrement(&gStarts);
    }
}

NTSTATUS FLTAPI PwUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    PsSetCreateProcessNotifyRoutine(PwOnProcess, TRUE);
    FltUnregisterFilter(gFilter);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = FltRegisterFilter(DriverObject, &gRegistration, &gFilter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = PsSetCreateProcessNotifyRoutine(PwOnProcess, FALSE);
    if (!NT_SUCCESS(status)) {
        FltUnregisterFilter(gFilter);
        return status;
    }
    status = FltStartFiltering(gFilter);
    if (!NT_SUCCESS(status)) {
        PsSetCreateProcessNotifyRoutine(PwOnProcess, TRUE);
        FltUnregisterFilter(gFilter);
    }
    return status;
}
