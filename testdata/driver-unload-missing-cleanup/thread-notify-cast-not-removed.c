// driver-unload-missing-cleanup: the thread-creation callback is passed as
// (PVOID)SampOnThread and never removed. The message names the routine, not
// the cast. Fires at the registration. thread-notify-removed.c is the silent
// twin.
#include <ntddk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
static VOID SampOnThread(HANDLE ProcessId, HANDLE ThreadId, BOOLEAN Create)
{
    UNREFERENCED_PARAMETER(ProcessId); UNREFERENCED_PARAMETER(ThreadId); UNREFERENCED_PARAMETER(Create);
}
_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}
_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = SampUnload;
    return PsSetCreateThreadNotifyRoutineEx(PsCreateThreadNotifyNonSystem, (PVOID)SampOnThread); // expect: driver-unload-missing-cleanup "callback 'SampOnThread' is never removed: call PsRemoveCreateThreadNotifyRoutine(SampOnThread)"
}
