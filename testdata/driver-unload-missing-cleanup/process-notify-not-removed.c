// driver-unload-missing-cleanup: a monitoring driver registers three
// process-creation callbacks (PsSetCreateProcessNotifyRoutine, -Ex and -Ex2
// with Remove = FALSE) and SampUnload removes none of them: the next process
// created after unload calls into unloaded code. Fires three times, once on
// each registration. process-notify-removed.c is the silent twin.
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
    DbgPrint("samp: %ld processes seen alive at unload\n", gProcessCount);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = PsSetCreateProcessNotifyRoutine(SampOnProcess, FALSE); // expect: driver-unload-missing-cleanup "PsSetCreateProcessNotifyRoutine process-creation callback 'SampOnProcess' is never removed: call PsSetCreateProcessNotifyRoutine(SampOnProcess, TRUE) in 'SampUnload'"
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = PsSetCreateProcessNotifyRoutineEx(SampOnProcessEx, FALSE); // expect: driver-unload-missing-cleanup "PsSetCreateProcessNotifyRoutineEx process-creation callback 'SampOnProcessEx' is never removed: call PsSetCreateProcessNotifyRoutineEx(SampOnProcessEx, TRUE) in 'SampUnload'"
    if (!NT_SUCCESS(status)) {
        PsSetCreateProcessNotifyRoutine(SampOnProcess, TRUE);
        return status;
    }
    status = PsSetCreateProcessNotifyRoutineEx2(PsCreateProcessNotifySubsystems, (PVOID)SampOnSubsystemProcess, FALSE); // expect: driver-unload-missing-cleanup "is never removed: call PsSetCreateProcessNotifyRoutineEx2(PsCreateProcessNotifySubsystems, "
    if (!NT_SUCCESS(status)) {
        PsSetCreateProcessNotifyRoutineEx(SampOnProcessEx, TRUE);
        PsSetCreateProcessNotifyRoutine(SampOnProcess, TRUE);
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
