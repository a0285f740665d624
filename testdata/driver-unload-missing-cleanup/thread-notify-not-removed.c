// driver-unload-missing-cleanup: a driver registers SampOnThread with
// PsSetCreateThreadNotifyRoutine and SampOnUserThread with
// PsSetCreateThreadNotifyRoutineEx; SampUnload calls SampStopThreadWatch,
// which only resets the counters and never calls
// PsRemoveCreateThreadNotifyRoutine. Fires twice, once on each
// registration. thread-notify-removed.c is the silent twin.
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
    InterlockedExchange(&gThreadCount, 0);
    InterlockedExchange(&gUserThreadCount, 0);
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
    status = PsSetCreateThreadNotifyRoutine(SampOnThread); // expect: driver-unload-missing-cleanup "PsSetCreateThreadNotifyRoutine thread-creation callback 'SampOnThread' is never removed: call PsRemoveCreateThreadNotifyRoutine(SampOnThread) in 'SampUnload'"
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = PsSetCreateThreadNotifyRoutineEx(PsCreateThreadNotifyNonSystem, (PVOID)SampOnUserThread); // expect: driver-unload-missing-cleanup "PsSetCreateThreadNotifyRoutineEx thread-creation callback"
    if (!NT_SUCCESS(status)) {
        PsRemoveCreateThreadNotifyRoutine(SampOnThread);
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
