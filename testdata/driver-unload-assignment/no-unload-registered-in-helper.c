// driver-unload-assignment (a): the registry callback is registered by a
// helper that DriverEntry calls, and no Unload routine is stored anywhere.
// What DriverEntry's callees register counts as much as what it registers
// itself. Fires on DriverEntry's definition.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
EX_CALLBACK_FUNCTION SampRegistryCallback;

static LARGE_INTEGER g_Cookie;

_Use_decl_annotations_
NTSTATUS SampRegistryCallback(PVOID CallbackContext, PVOID Argument1, PVOID Argument2)
{
    UNREFERENCED_PARAMETER(CallbackContext);
    UNREFERENCED_PARAMETER(Argument2);
    if ((REG_NOTIFY_CLASS)(ULONG_PTR)Argument1 == RegNtPreDeleteKey) {
        DbgPrint("samp: a key is being deleted\n");
    }
    return STATUS_SUCCESS;
}

static NTSTATUS SampStartMonitoring(VOID)
{
    return CmRegisterCallback(SampRegistryCallback, NULL, &g_Cookie);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) // expect: driver-unload-assignment "never stores an Unload routine"
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    return SampStartMonitoring();
}
