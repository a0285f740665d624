// driver-unload-cleanup-order: a registry monitor whose callback takes
// scratch records from the lookaside list gRecordList, passed to it as its
// context by CmRegisterCallbackEx. Its Unload unregisters the callback first
// and deletes the list afterwards. Silent. Twin:
// lookaside-context-deleted-first.c (deletes the list first).
#include <ntddk.h>

#define REGX_TAG 'xgeR'

typedef struct _REGX_RECORD {
    LARGE_INTEGER Time;
    HANDLE ProcessId;
} REGX_RECORD, *PREGX_RECORD;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RegxUnload;
EX_CALLBACK_FUNCTION RegxCallback;

static NPAGED_LOOKASIDE_LIST gRecordList;
static LARGE_INTEGER gCookie;

_Use_decl_annotations_
NTSTATUS RegxCallback(PVOID CallbackContext, PVOID Argument1, PVOID Argument2)
{
    PNPAGED_LOOKASIDE_LIST list = (PNPAGED_LOOKASIDE_LIST)CallbackContext;
    PREGX_RECORD record;

    UNREFERENCED_PARAMETER(Argument2);
    if ((REG_NOTIFY_CLASS)(ULONG_PTR)Argument1 != RegNtPostOpenKeyEx) {
        return STATUS_SUCCESS;
    }
    record = (PREGX_RECORD)ExAllocateFromNPagedLookasideList(list);
    if (record != NULL) {
        KeQuerySystemTime(&record->Time);
        record->ProcessId = PsGetCurrentProcessId();
        ExFreeToNPagedLookasideList(list, record);
    }
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID RegxUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    CmUnRegisterCallback(gCookie);
    ExDeleteNPagedLookasideList(&gRecordList);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING altitude = RTL_CONSTANT_STRING(L"380123");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    ExInitializeNPagedLookasideList(&gRecordList, NULL, NULL, 0,
                                    sizeof(REGX_RECORD), REGX_TAG, 0);
    status = CmRegisterCallbackEx(RegxCallback, &altitude, DriverObject, &gRecordList, &gCookie, NULL);
    if (!NT_SUCCESS(status)) {
        ExDeleteNPagedLookasideList(&gRecordList);
        return status;
    }
    DriverObject->DriverUnload = RegxUnload;
    return STATUS_SUCCESS;
}
