// driver-filter-unload: a null filter whose FilterUnloadCallback frees the
// global name buffer DriverEntry allocated but never calls
// FltUnregisterFilter, on any path. The filter manager would go on calling a
// filter whose code is gone. Fires at the callback's definition.
// Twin: unload-unregisters-and-frees.c (the callback unregisters).
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

_Use_decl_annotations_ NTSTATUS FLTAPI NulUnload(FLT_FILTER_UNLOAD_FLAGS Flags) // expect: driver-filter-unload "never calls FltUnregisterFilter"
{
    UNREFERENCED_PARAMETER(Flags);
    PAGED_CODE();

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
