// driver-filter-unload: unload-never-unregisters.c corrected. The
// FilterUnloadCallback unregisters the filter first (no more callbacks can
// run) and then frees the global name buffer the callbacks could have used.
// Every path of NulUnload calls FltUnregisterFilter. Silent.
// Twin: unload-never-unregisters.c.
#include <fltKernel.h>

#define NUL_TAG 'luNU'

DRIVER_INITIALIZE DriverEntry;
NTSTATUS FLTAPI NulUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);

static PFLT_FILTER gNulFilter;
static PWCHAR gNulNameBuffer;

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
    NULL
};

_Use_decl_annotations_ NTSTATUS FLTAPI NulUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    PAGED_CODE();

    FltUnregisterFilter(gNulFilter);
    if (gNulNameBuffer != NULL) {
        ExFreePoolWithTag(gNulNameBuffer, NUL_TAG);
        gNulNameBuffer = NULL;
    }
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    gNulNameBuffer = (PWCHAR)ExAllocatePool2(POOL_FLAG_PAGED, 512, NUL_TAG);
    if (gNulNameBuffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = FltRegisterFilter(DriverObject, &gNulRegistration, &gNulFilter);
    if (NT_SUCCESS(status)) {
        status = FltStartFiltering(gNulFilter);
        if (!NT_SUCCESS(status)) {
            FltUnregisterFilter(gNulFilter);
        }
    }
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(gNulNameBuffer, NUL_TAG);
        gNulNameBuffer = NULL;
    }
    return status;
}
