// driver-filter-unload: registration-designated-missing.c with
// .FilterUnloadCallback = MonUnload among the designated initializers, in an
// order of its own. MonUnload unregisters the filter on its only path. Silent.
// Twin: registration-designated-missing.c.
#include <fltKernel.h>

DRIVER_INITIALIZE DriverEntry;
NTSTATUS FLTAPI MonUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);
NTSTATUS FLTAPI MonInstanceSetup(_In_ PCFLT_RELATED_OBJECTS FltObjects, _In_ FLT_INSTANCE_SETUP_FLAGS Flags,
                                 _In_ DEVICE_TYPE VolumeDeviceType, _In_ FLT_FILESYSTEM_TYPE VolumeFilesystemType);
FLT_PREOP_CALLBACK_STATUS FLTAPI MonPreCreate(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                              _Flt_CompletionContext_Outptr_ PVOID *CompletionContext);

static PFLT_FILTER gMonFilter;
static volatile LONG gMonCreates;

static const FLT_OPERATION_REGISTRATION gMonOperations[] = {
    { .MajorFunction = IRP_MJ_CREATE, .PreOperation = MonPreCreate },
    { IRP_MJ_OPERATION_END }
};

static const FLT_REGISTRATION gMonRegistration = {
    .Size = sizeof(FLT_REGISTRATION),
    .Version = FLT_REGISTRATION_VERSION,
    .InstanceSetupCallback = MonInstanceSetup,
    .OperationRegistration = gMonOperations,
    .FilterUnloadCallback = MonUnload,
};

_Use_decl_annotations_ NTSTATUS FLTAPI MonUnload(FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    PAGED_CODE();

    DbgPrint("mon: %ld creates seen\n", gMonCreates);
    FltUnregisterFilter(gMonFilter);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS FLTAPI MonInstanceSetup(PCFLT_RELATED_OBJECTS FltObjects, FLT_INSTANCE_SETUP_FLAGS Flags,
                                 DEVICE_TYPE VolumeDeviceType, FLT_FILESYSTEM_TYPE VolumeFilesystemType)
{
    UNREFERENCED_PARAMETER(FltObjects);
    UNREFERENCED_PARAMETER(Flags);
    PAGED_CODE();

    if (VolumeDeviceType == FILE_DEVICE_NETWORK_FILE_SYSTEM || VolumeFilesystemType == FLT_FSTYPE_RAW) {
        return STATUS_FLT_DO_NOT_ATTACH;
    }
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
FLT_PREOP_CALLBACK_STATUS FLTAPI MonPreCreate(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
                                              PVOID *CompletionContext)
{
    UNREFERENCED_PARAMETER(Data);
    UNREFERENCED_PARAMETER(FltObjects);

    *CompletionContext = NULL;
    InterlockedIncrement(&gMonCreates);
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = FltRegisterFilter(DriverObject, &gMonRegistration, &gMonFilter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = FltStartFiltering(gMonFilter);
    if (!NT_SUCCESS(status)) {
        FltUnregisterFilter(gMonFilter);
    }
    return status;
}
