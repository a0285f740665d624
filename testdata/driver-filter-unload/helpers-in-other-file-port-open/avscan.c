// driver-filter-unload: ../helpers-in-other-file/ with one mistake in the
// helper file: avcomm.c's AvStopCommunication closes the connected client port
// (FltCloseClientPort) instead of the server port, so no path of AvUnload or
// of the helpers it calls, in either file, calls FltCloseCommunicationPort on
// gAv.ServerPort, which AvStartCommunication created. Fires at AvUnload's
// definition, in this file; DriverEntry's failure path, which calls the same
// helper, also leaves the port open (driver-entry-failure-cleanup). The
// process-creation callback is still removed.
// Twin: ../helpers-in-other-file/.
#include "avscan.h"

DRIVER_INITIALIZE DriverEntry;
NTSTATUS FLTAPI AvUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);
FLT_PREOP_CALLBACK_STATUS FLTAPI AvPreCreate(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                             _Flt_CompletionContext_Outptr_ PVOID *CompletionContext);

AV_GLOBALS gAv;

static const FLT_OPERATION_REGISTRATION gAvOperations[] = {
    { IRP_MJ_CREATE, 0, AvPreCreate, NULL },
    { IRP_MJ_OPERATION_END }
};

static const FLT_REGISTRATION gAvRegistration = {
    .Size = sizeof(FLT_REGISTRATION),
    .Version = FLT_REGISTRATION_VERSION,
    .OperationRegistration = gAvOperations,
    .FilterUnloadCallback = AvUnload,
};

_Use_decl_annotations_ NTSTATUS FLTAPI AvUnload(FLT_FILTER_UNLOAD_FLAGS Flags) // expect: driver-filter-unload "never closes the communication port"
{
    PAGED_CODE();

    if (!FlagOn(Flags, FLTFL_FILTER_UNLOAD_MANDATORY) && gAv.ScansInFlight != 0) {
        return STATUS_FLT_DO_NOT_DETACH;
    }
    AvStopCommunication();
    FltUnregisterFilter(gAv.Filter);
    AvStopProcessWatch();
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
FLT_PREOP_CALLBACK_STATUS FLTAPI AvPreCreate(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects, PVOID *CompletionContext)
{
    *CompletionContext = NULL;
    if (FltGetRequestorProcessId(Data) == HandleToULong(gAv.ScannerProcessId)) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    if (AvScanFile(FltObjects, FltGetRequestorProcessId(Data))) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    Data->IoStatus.Status = STATUS_VIRUS_INFECTED;
    Data->IoStatus.Information = 0;
    return FLT_PREOP_COMPLETE;
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = FltRegisterFilter(DriverObject, &gAvRegistration, &gAv.Filter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = AvStartCommunication();
    if (NT_SUCCESS(status)) {
        status = AvStartProcessWatch();
        if (NT_SUCCESS(status)) {
            status = FltStartFiltering(gAv.Filter);
            if (NT_SUCCESS(status)) {
                return STATUS_SUCCESS;
            }
            AvStopProcessWatch();
        }
        AvStopCommunication();
    }
    FltUnregisterFilter(gAv.Filter);
    // The same helper serves DriverEntry's failure path, so a failure after
    // the port was created leaves it open too.
    return status; // expect: driver-entry-failure-cleanup "while server port"
}
