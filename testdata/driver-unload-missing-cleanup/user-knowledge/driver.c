// driver-unload-missing-cleanup with a pair from the project's own
// .unloadcheck.json: DriverEntry opens a telemetry session that the Unload
// routine flushes but never closes. Fires at TlmOpenSession.
// user-knowledge-released/ is the silent twin, which closes it.
#include "telemetry.h"

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD TlmDrvUnload;

static PTLM_SESSION gSession;

_Use_decl_annotations_
VOID TlmDrvUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    TlmFlush(gSession);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = TlmOpenSession(L"TlmDrv", &gSession); // expect: driver-unload-missing-cleanup "TlmOpenSession telemetry session 'gSession' is never closed: call TlmCloseSession(gSession) in 'TlmDrvUnload'"
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = TlmDrvUnload;
    return STATUS_SUCCESS;
}
