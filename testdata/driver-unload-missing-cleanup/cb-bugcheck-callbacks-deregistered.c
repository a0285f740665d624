// driver-unload-missing-cleanup: a driver that leaves a trace in crash dumps
// registers a bug-check callback (KeRegisterBugCheckCallback, which saves its
// ring buffer) and a bug-check reason callback
// (KeRegisterBugCheckReasonCallback, which adds it as secondary dump data).
// Its Unload routine deregisters both records. Silent. Firing twin:
// cb-bugcheck-callbacks-never-deregistered.c.
#include <ntddk.h>

#define SAMP_TRACE_SIZE 4096

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
KBUGCHECK_CALLBACK_ROUTINE SampBugCheckCallback;
KBUGCHECK_REASON_CALLBACK_ROUTINE SampDumpDataCallback;

static KBUGCHECK_CALLBACK_RECORD gBugCheckRecord;
static KBUGCHECK_REASON_CALLBACK_RECORD gDumpDataRecord;
static UCHAR gTrace[SAMP_TRACE_SIZE];
static UCHAR gTraceCopy[SAMP_TRACE_SIZE];
static const GUID SampDumpGuid = { 0x5a3e8f21, 0x3c6d, 0x4b0e, { 0x9d, 0x41, 0x27, 0x8b, 0x60, 0x1f, 0xa2, 0xc4 } };

_Use_decl_annotations_
VOID SampBugCheckCallback(PVOID Buffer, ULONG Length)
{
    RtlCopyMemory(gTraceCopy, Buffer, Length);
}

_Use_decl_annotations_
VOID SampDumpDataCallback(KBUGCHECK_CALLBACK_REASON Reason, struct _KBUGCHECK_REASON_CALLBACK_RECORD *Record,
                          PVOID ReasonSpecificData, ULONG ReasonSpecificDataLength)
{
    PKBUGCHECK_SECONDARY_DUMP_DATA dump = (PKBUGCHECK_SECONDARY_DUMP_DATA)ReasonSpecificData;

    UNREFERENCED_PARAMETER(Record);
    if (Reason != KbCallbackSecondaryDumpData || ReasonSpecificDataLength < sizeof(*dump) ||
        dump->MaximumAllowed < sizeof(gTraceCopy)) {
        return;
    }
    dump->Guid = SampDumpGuid;
    dump->OutBuffer = gTraceCopy;
    dump->OutBufferLength = sizeof(gTraceCopy);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeDeregisterBugCheckReasonCallback(&gDumpDataRecord);
    KeDeregisterBugCheckCallback(&gBugCheckRecord);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeCallbackRecord(&gBugCheckRecord);
    if (!KeRegisterBugCheckCallback(&gBugCheckRecord, SampBugCheckCallback, gTrace, sizeof(gTrace),
                                    (PUCHAR)"samp")) {
        return STATUS_UNSUCCESSFUL;
    }
    KeInitializeCallbackRecord(&gDumpDataRecord);
    if (!KeRegisterBugCheckReasonCallback(&gDumpDataRecord, SampDumpDataCallback,
                                          KbCallbackSecondaryDumpData, (PUCHAR)"samp")) {
        KeDeregisterBugCheckCallback(&gBugCheckRecord);
        return STATUS_UNSUCCESSFUL;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
