// driver-unload-missing-cleanup: a driver registers its ETW provider with
// EtwRegister in DriverEntry, with an enable callback, and its Unload routine
// unregisters the handle with EtwUnregister. Silent. Firing twin:
// cb-etw-provider-never-unregistered.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
ETWENABLECALLBACK SampEtwEnable;

static const GUID SampProviderGuid = { 0x7c2b4e90, 0x1d5a, 0x4f63, { 0xa8, 0x0e, 0x52, 0x9c, 0x31, 0x6d, 0xe4, 0x07 } };
static REGHANDLE gEtwHandle;
static volatile LONG gTracingEnabled;

_Use_decl_annotations_
VOID SampEtwEnable(LPCGUID SourceId, ULONG IsEnabled, UCHAR Level, ULONGLONG MatchAnyKeyword,
                   ULONGLONG MatchAllKeyword, PEVENT_FILTER_DESCRIPTOR FilterData, PVOID CallbackContext)
{
    UNREFERENCED_PARAMETER(SourceId);
    UNREFERENCED_PARAMETER(Level);
    UNREFERENCED_PARAMETER(MatchAnyKeyword);
    UNREFERENCED_PARAMETER(MatchAllKeyword);
    UNREFERENCED_PARAMETER(FilterData);
    UNREFERENCED_PARAMETER(CallbackContext);
    InterlockedExchange(&gTracingEnabled, IsEnabled != 0);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    EtwUnregister(gEtwHandle);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = EtwRegister(&SampProviderGuid, SampEtwEnable, NULL, &gEtwHandle);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
