// driver-unload-missing-cleanup: a registry monitor registers with the older
// CmRegisterCallback. Its Unload routine calls SampStopMonitoring, which
// unregisters the cookie only when it was set
// (`if (gRegistryCookie.QuadPart != 0)`): the release is reached through a
// helper and under a condition, and still counts. Silent. Firing twin:
// cb-registry-callback-release-not-on-unload-path.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
EX_CALLBACK_FUNCTION SampRegistryCallback;

static LARGE_INTEGER gRegistryCookie;

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

static VOID SampStopMonitoring(VOID)
{
    if (gRegistryCookie.QuadPart != 0) {
        CmUnRegisterCallback(gRegistryCookie);
        gRegistryCookie.QuadPart = 0;
    }
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    SampStopMonitoring();
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = CmRegisterCallback(SampRegistryCallback, NULL, &gRegistryCookie);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
