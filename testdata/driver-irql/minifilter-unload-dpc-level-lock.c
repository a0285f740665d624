// driver-irql: a minifilter whose FilterUnloadCallback drains its statistics
// under a lock taken with KeAcquireSpinLockAtDpcLevel. The filter manager
// calls the FilterUnloadCallback at PASSIVE_LEVEL (seed 003), and
// KeAcquireSpinLockAtDpcLevel requires IRQL >= DISPATCH_LEVEL: the call is
// certainly made at the wrong IRQL. Fires at the call. The entry IRQL comes
// from the routine's role, found through FLT_REGISTRATION's
// FilterUnloadCallback field.
// Twin: minifilter-post-op-dpc-level-lock.c (the same lock taken in a
// post-operation callback, which may run at DISPATCH_LEVEL: not certain).
#include <fltKernel.h>

DRIVER_INITIALIZE DriverEntry;
NTSTATUS FLTAPI StsUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);

static PFLT_FILTER gFilter;
static KSPIN_LOCK gStatsLock;
static LONG gStats;

static const FLT_REGISTRATION gRegistration = {
    sizeof(FLT_REGISTRATION), FLT_REGISTRATION_VERSION, 0, NULL, NULL, StsUnload,
};

NTSTATUS FLTAPI StsUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    KeAcquireSpinLockAtDpcLevel(&gStatsLock); // expect: driver-irql "'KeAcquireSpinLockAtDpcLevel' requires IRQL >= DISPATCH_LEVEL but is called at PASSIVE_LEVEL because 'StsUnload' is registered as FilterUnloadCallback"
    gStats = 0;
    KeReleaseSpinLockFromDpcLevel(&gStatsLock); // expect: driver-irql "'KeReleaseSpinLockFromDpcLevel' requires IRQL >= DISPATCH_LEVEL"
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
