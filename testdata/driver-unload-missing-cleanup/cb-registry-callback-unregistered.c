// driver-unload-missing-cleanup: a registry filter registers its callback with
// CmRegisterCallbackEx in DriverEntry and its Unload routine unregisters the
// same cookie with CmUnRegisterCallback. Silent. Firing twin:
// cb-registry-callback-never-unregistered.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
EX_CALLBACK_FUNCTION SampRegistryCallback;

static LARGE_INTEGER gRegistryCookie;
static volatile LONG gSetValueCount;

_Use_decl_annotations_
NTSTATUS SampRegistryCallback(PVOID CallbackContext, PVOID Argument1, PVOID Argument2)
{
    REG_NOTIFY_CLASS notifyClass = (REG_NOTIFY_CLASS)(ULONG_PTR)Argument1;

    UNREFERENCED_PARAMETER(CallbackContext);
    UNREFERENCED_PARAMETER(Argument2);
    if (notifyClass == RegNtPreSetValueKey) {
        InterlockedIncrement(&gSetValueCount);
    }
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    CmUnRegisterCallback(gRegistryCookie);
    DbgPrint("samp: %ld values set while loaded\n", gSetValueCount);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING altitude = RTL_CONSTANT_STRING(L"385210");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = CmRegisterCallbackEx(SampRegistryCallback, &altitude, DriverObject, NULL,
                                  &gRegistryCookie, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
