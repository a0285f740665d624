// driver-unload-missing-cleanup: a driver for two controllers registers one
// bug-check callback record per controller. Its Unload routine deregisters
// gControllerARecord twice (a copy-paste slip) and never gControllerBRecord:
// releases are matched by the record they name, so the release of one global
// does not count for the other. Fires on the second registration only.
// Silent twin: cb-bugcheck-callbacks-deregistered.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
KBUGCHECK_CALLBACK_ROUTINE SampSaveControllerState;

static KBUGCHECK_CALLBACK_RECORD gControllerARecord;
static KBUGCHECK_CALLBACK_RECORD gControllerBRecord;
static ULONG gControllerAState[64];
static ULONG gControllerBState[64];

_Use_decl_annotations_
VOID SampSaveControllerState(PVOID Buffer, ULONG Length)
{
    RtlZeroMemory(Buffer, Length);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeDeregisterBugCheckCallback(&gControllerARecord);
    KeDeregisterBugCheckCallback(&gControllerARecord);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeCallbackRecord(&gControllerARecord);
    KeInitializeCallbackRecord(&gControllerBRecord);
    if (!KeRegisterBugCheckCallback(&gControllerARecord, SampSaveControllerState, gControllerAState,
                                    sizeof(gControllerAState), (PUCHAR)"sampA")) {
        return STATUS_UNSUCCESSFUL;
    }
    if (!KeRegisterBugCheckCallback(&gControllerBRecord, SampSaveControllerState, gControllerBState, // expect: driver-unload-missing-cleanup "'gControllerBRecord' is never deregistered: call KeDeregisterBugCheckCallback(&gControllerBRecord)"
                                    sizeof(gControllerBState), (PUCHAR)"sampB")) {
        KeDeregisterBugCheckCallback(&gControllerARecord);
        return STATUS_UNSUCCESSFUL;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
