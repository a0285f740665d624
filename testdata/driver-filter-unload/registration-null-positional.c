// driver-filter-unload: nullfilter-shape.c with NULL in the
// FilterUnloadCallback position of its positional FLT_REGISTRATION (the sixth
// member). Without a FilterUnloadCallback the filter manager never unloads the
// filter: the driver stays loaded until reboot. A note, at that NULL. The
// other NULL members (instance callbacks, name provider...) are optional.
// Twin: nullfilter-shape.c (the same registration with NulUnload).
#include <fltKernel.h>

DRIVER_INITIALIZE DriverEntry;

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
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
    NULL, // expect: driver-filter-unload "has no FilterUnloadCallback"
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
