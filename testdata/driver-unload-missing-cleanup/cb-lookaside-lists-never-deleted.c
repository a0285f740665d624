// driver-unload-missing-cleanup: cb-lookaside-lists-deleted.c whose Unload
// routine deletes none of the three lookaside lists (only DriverEntry's
// failure path deletes two of them). The system keeps each list on its list
// of lookaside lists and trims it from time to time, touching memory of an
// unloaded image. Fires on each of the three initialisations.
#include <ntddk.h>

#define SAMP_TAG 'lksS'

typedef struct _SAMP_REQUEST {
    LIST_ENTRY Link;
    ULONG Code;
    UCHAR Payload[48];
} SAMP_REQUEST;

typedef struct _SAMP_NAME_BUFFER {
    WCHAR Name[260];
} SAMP_NAME_BUFFER;

typedef struct _SAMP_EVENT_RECORD {
    LARGE_INTEGER Time;
    ULONG Kind;
} SAMP_EVENT_RECORD;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static NPAGED_LOOKASIDE_LIST gRequestList;
static PAGED_LOOKASIDE_LIST gNameList;
static LOOKASIDE_LIST_EX gEventList;

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    DbgPrint("samp: unloading\n");
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    ExInitializeNPagedLookasideList(&gRequestList, NULL, NULL, 0, sizeof(SAMP_REQUEST), SAMP_TAG, 0); // expect: driver-unload-missing-cleanup "ExInitializeNPagedLookasideList lookaside list 'gRequestList' is never deleted: call ExDeleteNPagedLookasideList(&gRequestList) in 'SampUnload'"
    ExInitializePagedLookasideList(&gNameList, NULL, NULL, 0, sizeof(SAMP_NAME_BUFFER), SAMP_TAG, 0); // expect: driver-unload-missing-cleanup "ExInitializePagedLookasideList lookaside list 'gNameList' is never deleted: call ExDeletePagedLookasideList(&gNameList) in 'SampUnload'"
    status = ExInitializeLookasideListEx(&gEventList, NULL, NULL, NonPagedPoolNx, 0, // expect: driver-unload-missing-cleanup "ExInitializeLookasideListEx lookaside list 'gEventList' is never deleted: call ExDeleteLookasideListEx(&gEventList) in 'SampUnload'"
                                         sizeof(SAMP_EVENT_RECORD), SAMP_TAG, 0);
    if (!NT_SUCCESS(status)) {
        ExDeletePagedLookasideList(&gNameList);
        ExDeleteNPagedLookasideList(&gRequestList);
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
