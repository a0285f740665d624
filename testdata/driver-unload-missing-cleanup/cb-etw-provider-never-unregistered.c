// driver-unload-missing-cleanup: cb-etw-provider-unregistered.c whose Unload
// routine forgets EtwUnregister: the provider stays registered and the next
// trace session that enables it calls SampEtwEnable in an unloaded image.
// Fires on the EtwRegister call.
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
    DbgPrint("samp: unloading, tracing %s\n", gTracingEnabled ? "on" : "off");
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = EtwRegister(&SampProviderGuid, SampEtwEnable, NULL, &gEtwHandle); // expect: driver-unload-missing-cleanup "EtwRegister ETW provider handle 'gEtwHandle' is never unregistered: call EtwUnregister(gEtwHandle) in 'SampUnload'"
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
