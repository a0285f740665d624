// driver-unload-missing-cleanup: the driver registers a process-creation
// callback in DriverEntry and stores no Unload routine at all. There is no
// unload path to check, and the missing Unload routine is
// driver-unload-assignment's finding (on DriverEntry's definition), so
// driver-unload-missing-cleanup stays silent: one defect, one finding.
// process-notify-not-removed.c is the counterpart with an Unload routine.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;

static VOID SampOnProcess(PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    if (CreateInfo != NULL) {
        DbgPrint("samp: process %p created\n", ProcessId);
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) // expect: driver-unload-assignment "never stores an Unload routine"
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    return PsSetCreateProcessNotifyRoutineEx(SampOnProcess, FALSE);
}
