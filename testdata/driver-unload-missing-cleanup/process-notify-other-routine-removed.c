// driver-unload-missing-cleanup, identity of callbacks: the driver was
// changed to register SampOnProcessStart with
// PsSetCreateProcessNotifyRoutineEx, but SampUnload still removes
// SampOnProcessLegacy, the routine an earlier version registered. Removing a
// routine that is not registered does nothing (it fails with
// STATUS_PROCEDURE_NOT_FOUND), so SampOnProcessStart stays registered after
// unload. The removal names another routine and does not count: fires on the
// registration. process-notify-removed.c is the silent counterpart.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static VOID SampOnProcessStart(PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    if (CreateInfo != NULL) {
        DbgPrint("samp: process %p started by %p\n", ProcessId, CreateInfo->ParentProcessId);
    }
}

static VOID SampOnProcessLegacy(PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    UNREFERENCED_PARAMETER(CreateInfo);
    DbgPrint("samp: process %p\n", ProcessId);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    PsSetCreateProcessNotifyRoutineEx(SampOnProcessLegacy, TRUE);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = PsSetCreateProcessNotifyRoutineEx(SampOnProcessStart, FALSE); // expect: driver-unload-missing-cleanup "PsSetCreateProcessNotifyRoutineEx process-creation callback 'SampOnProcessStart' is never removed: call PsSetCreateProcessNotifyRoutineEx(SampOnProcessStart, TRUE) in 'SampUnload'"
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
