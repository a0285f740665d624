// driver-unload-assignment (a): a monitoring driver registers a process
// creation callback and stores no Unload routine. The callback can never be
// removed, so the driver must never be unloaded, and it cannot be. Fires on
// DriverEntry's definition.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;

static VOID SampProcessNotify(PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    if (CreateInfo != NULL) {
        DbgPrint("samp: process %p created\n", ProcessId);
    } else {
        DbgPrint("samp: process %p exited\n", ProcessId);
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) // expect: driver-unload-assignment "never stores an Unload routine"
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    return PsSetCreateProcessNotifyRoutineEx(SampProcessNotify, FALSE);
}
