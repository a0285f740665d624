// driver-unload-missing-cleanup: the driver adds and removes its process
// creation callback through one helper, SampSetCallbacks(BOOLEAN Remove),
// which passes its parameter on as PsSetCreateProcessNotifyRoutine's Remove
// argument. DriverEntry calls it with FALSE, the Unload routine with TRUE.
// Inside the helper the Remove argument is not a constant and the rule does
// not guess: the call is not taken for a registration (and, as a release, it
// may be one). Silent. Firing twin (the registration written out with FALSE
// and never removed): cb-process-notify-never-removed.c.
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

static NTSTATUS SampSetCallbacks(BOOLEAN Remove)
{
    return PsSetCreateProcessNotifyRoutine(SampProcessNotify, Remove);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    SampSetCallbacks(TRUE);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = SampSetCallbacks(FALSE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
