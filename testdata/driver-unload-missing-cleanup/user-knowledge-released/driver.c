// driver-unload-missing-cleanup with a pair from the project's own
// .unloadcheck.json: the Unload routine flushes and closes the telemetry
// session DriverEntry opened. Silent. user-knowledge/ is the firing twin.
#include "telemetry.h"

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD TlmDrvUnload;

static PTLM_SESSION gSession;

_Use_decl_annotations_
VOID TlmDrvUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    TlmFlush(gSession);
    TlmCloseSession(gSession);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = TlmOpenSession(L"TlmDrv", &gSession);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = TlmDrvUnload;
    return STATUS_SUCCESS;
}
