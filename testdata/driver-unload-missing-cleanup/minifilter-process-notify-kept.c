// driver-unload-missing-cleanup: a minifilter that also watches process
// creation. A minifilter's way out is its FilterUnloadCallback (the routine in
// FLT_REGISTRATION's FilterUnloadCallback field; no DriverUnload is stored),
// so what DriverEntry registered must be undone there. PsSetCreateProcessNotifyRoutine
// is never removed: the callback runs after the filter's code is gone. Fires
// at the registration, naming the FilterUnloadCallback.
// Twin: minifilter-process-notify-removed.c.
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
    status = PsSetCreateProcessNotifyRoutine(PwOnProcess, FALSE); // expect: driver-unload-missing-cleanup "call PsSetCreateProcessNotifyRoutine(PwOnProcess, TRUE) in 'PwUnload'"
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
