// driver-unload-missing-cleanup: a driver keeps three global lookaside lists,
// one of each kind (ExInitializeNPagedLookasideList,
// ExInitializePagedLookasideList, ExInitializeLookasideListEx), and its Unload
// routine deletes each with the matching ExDelete... routine. Silent. Firing
// twin: cb-lookaside-lists-never-deleted.c.
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
    ExDeleteLookasideListEx(&gEventList);
    ExDeletePagedLookasideList(&gNameList);
    ExDeleteNPagedLookasideList(&gRequestList);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    ExInitializeNPagedLookasideList(&gRequestList, NULL, NULL, 0, sizeof(SAMP_REQUEST), SAMP_TAG, 0);
    ExInitializePagedLookasideList(&gNameList, NULL, NULL, 0, sizeof(SAMP_NAME_BUFFER), SAMP_TAG, 0);
    status = ExInitializeLookasideListEx(&gEventList, NULL, NULL, NonPagedPoolNx, 0,
                                         sizeof(SAMP_EVENT_RECORD), SAMP_TAG, 0);
    if (!NT_SUCCESS(status)) {
        ExDeletePagedLookasideList(&gNameList);
        ExDeleteNPagedLookasideList(&gRequestList);
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
