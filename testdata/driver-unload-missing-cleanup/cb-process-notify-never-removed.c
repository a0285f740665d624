// driver-unload-missing-cleanup: a process-counting driver adds its process
// creation callback with PsSetCreateProcessNotifyRoutine(SampProcessNotify,
// FALSE) in DriverEntry and its Unload routine never removes it (no call with
// Remove TRUE): process creation calls into an unloaded image. Fires on the
// registration. Silent twin (added and removed through a helper taking the
// flag): cb-process-notify-helper-flag.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static volatile LONG gProcessCount;

static VOID SampProcessNotify(HANDLE ParentId, HANDLE ProcessId, BOOLEAN Create)
{
    UNREFERENCED_PARAMETER(ParentId);
    UNREFERENCED_PARAMETER(ProcessId);
    if (Create) {
        InterlockedIncrement(&gProcessCount);
    } else {
        InterlockedDecrement(&gProcessCount);
    }
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    DbgPrint("samp: %ld processes still running\n", gProcessCount);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = PsSetCreateProcessNotifyRoutine(SampProcessNotify, FALSE); // expect: driver-unload-missing-cleanup "PsSetCreateProcessNotifyRoutine process-creation callback 'SampProcessNotify' is never removed: call PsSetCreateProcessNotifyRoutine(SampProcessNotify, TRUE) in 'SampUnload'"
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
