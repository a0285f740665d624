// driver-unload-missing-cleanup: cb-registry-callback-guarded-release.c where
// SampStopMonitoring, the helper that unregisters the cookie, is only called
// on DriverEntry's failure path and the Unload routine forgets it. A release
// only DriverEntry can reach does not undo a registration that succeeded.
// Fires on the CmRegisterCallback call.
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
    DbgPrint("samp: unloading\n");
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    RTL_OSVERSIONINFOW version;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = CmRegisterCallback(SampRegistryCallback, NULL, &gRegistryCookie); // expect: driver-unload-missing-cleanup "CmRegisterCallback registry callback cookie 'gRegistryCookie' is never unregistered: call CmUnRegisterCallback(gRegistryCookie) in 'SampUnload'"
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlZeroMemory(&version, sizeof(version));
    version.dwOSVersionInfoSize = sizeof(version);
    status = RtlGetVersion(&version);
    if (!NT_SUCCESS(status) || version.dwMajorVersion < 10) {
        SampStopMonitoring();
        return STATUS_NOT_SUPPORTED;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
