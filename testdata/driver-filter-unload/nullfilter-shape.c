// driver-filter-unload: the smallest minifilter there is. It registers with
// an empty operation table, starts filtering, and its FilterUnloadCallback
// (NulUnload, stored positionally in the FLT_REGISTRATION) does the one thing
// it must: FltUnregisterFilter, then STATUS_SUCCESS. It never refuses to
// unload, so it needs no test of FLTFL_FILTER_UNLOAD_MANDATORY. DriverEntry
// unregisters on the FltStartFiltering failure path and returns that failure:
// that is DriverEntry, not the unload callback, so nothing is said. Silent.
// Twin of: registration-null-positional.c (NULL in place of NulUnload).
// Compare unload-never-unregisters.c.
#include <fltKernel.h>

DRIVER_INITIALIZE DriverEntry;
NTSTATUS FLTAPI NulUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, NulUnload)
#endif

static PFLT_FILTER gNulFilter;

static const FLT_OPERATION_REGISTRATION gNulOperations[] = {
    { IRP_MJ_OPERATION_END }
};

static const FLT_REGISTRATION gNulRegistration = {
    sizeof(FLT_REGISTRATION),
    FLT_REGISTRATION_VERSION,
    0,
    NULL,
    gNulOperations,
    NulUnload,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL
};

_Use_decl_annotations_ NTSTATUS FLTAPI NulUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    PAGED_CODE();

    FltUnregisterFilter(gNulFilter);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = FltRegisterFilter(DriverObject, &gNulRegistration, &gNulFilter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = FltStartFiltering(gNulFilter);
    if (!NT_SUCCESS(status)) {
        FltUnregisterFilter(gNulFilter);
    }
    return status;
}
