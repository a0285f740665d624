// driver-unload-missing-cleanup: a monitoring driver registers three
// process-creation callbacks, one with each DDI: SampOnProcess with
// PsSetCreateProcessNotifyRoutine, SampOnProcessEx with
// PsSetCreateProcessNotifyRoutineEx and SampOnSubsystemProcess with
// PsSetCreateProcessNotifyRoutineEx2. SampUnload removes each one with the
// same DDI and Remove = TRUE. Silent. process-notify-not-removed.c is the
// firing twin.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static volatile LONG gProcessCount;

static VOID SampOnProcess(HANDLE ParentId, HANDLE ProcessId, BOOLEAN Create)
{
    UNREFERENCED_PARAMETER(ParentId);
    UNREFERENCED_PARAMETER(ProcessId);
    if (Create) {
        InterlockedIncrement(&gProcessCount);
    } else {
        InterlockedDecrement(&gProcessCount);
    }
}

static VOID SampOnProcessEx(PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    if (CreateInfo != NULL && CreateInfo->ImageFileName != NULL) {
        DbgPrint("samp: process %p is %wZ\n", ProcessId, CreateInfo->ImageFileName);
    }
}

static VOID SampOnSubsystemProcess(PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    if (CreateInfo == NULL) {
        DbgPrint("samp: subsystem process %p exited\n", ProcessId);
    }
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    PsSetCreateProcessNotifyRoutineEx2(PsCreateProcessNotifySubsystems, (PVOID)SampOnSubsystemProcess, TRUE);
    PsSetCreateProcessNotifyRoutineEx(SampOnProcessEx, TRUE);
    PsSetCreateProcessNotifyRoutine(SampOnProcess, TRUE);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = PsSetCreateProcessNotifyRoutine(SampOnProcess, FALSE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = PsSetCreateProcessNotifyRoutineEx(SampOnProcessEx, FALSE);
    if (!NT_SUCCESS(status)) {
        PsSetCreateProcessNotifyRoutine(SampOnProcess, TRUE);
        return status;
    }
    status = PsSetCreateProcessNotifyRoutineEx2(PsCreateProcessNotifySubsystems, (PVOID)SampOnSubsystemProcess, FALSE);
    if (!NT_SUCCESS(status)) {
        PsSetCreateProcessNotifyRoutineEx(SampOnProcessEx, TRUE);
        PsSetCreateProcessNotifyRoutine(SampOnProcess, TRUE);
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
