// driver-unload-missing-cleanup: a driver registers two thread-creation
// callbacks, SampOnThread with PsSetCreateThreadNotifyRoutine and
// SampOnUserThread with PsSetCreateThreadNotifyRoutineEx
// (PsCreateThreadNotifyNonSystem). SampUnload calls SampStopThreadWatch,
// which removes both with PsRemoveCreateThreadNotifyRoutine: a release in a
// helper of the Unload routine counts. Silent.
// thread-notify-not-removed.c is the firing twin.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static volatile LONG gThreadCount;
static volatile LONG gUserThreadCount;

static VOID SampOnThread(HANDLE ProcessId, HANDLE ThreadId, BOOLEAN Create)
{
    UNREFERENCED_PARAMETER(ProcessId);
    UNREFERENCED_PARAMETER(ThreadId);
    if (Create) {
        InterlockedIncrement(&gThreadCount);
    }
}

static VOID SampOnUserThread(HANDLE ProcessId, HANDLE ThreadId, BOOLEAN Create)
{
    UNREFERENCED_PARAMETER(ProcessId);
    UNREFERENCED_PARAMETER(ThreadId);
    if (Create) {
        InterlockedIncrement(&gUserThreadCount);
    }
}

static VOID SampStopThreadWatch(VOID)
{
    PsRemoveCreateThreadNotifyRoutine(SampOnUserThread);
    PsRemoveCreateThreadNotifyRoutine(SampOnThread);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    SampStopThreadWatch();
    DbgPrint("samp: %ld threads, %ld user threads\n", gThreadCount, gUserThreadCount);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = PsSetCreateThreadNotifyRoutine(SampOnThread);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = PsSetCreateThreadNotifyRoutineEx(PsCreateThreadNotifyNonSystem, (PVOID)SampOnUserThread);
    if (!NT_SUCCESS(status)) {
        PsRemoveCreateThreadNotifyRoutine(SampOnThread);
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
