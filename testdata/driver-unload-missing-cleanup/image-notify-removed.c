// driver-unload-missing-cleanup: a driver registers two image-load
// callbacks, SampOnImageLoad with PsSetLoadImageNotifyRoutine and
// SampOnAnyArchImageLoad with PsSetLoadImageNotifyRoutineEx
// (PS_IMAGE_NOTIFY_CONFLICTING_ARCHITECTURE). SampUnload removes both with
// PsRemoveLoadImageNotifyRoutine. Silent. image-notify-not-removed.c is the
// firing twin.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static VOID SampOnImageLoad(PUNICODE_STRING FullImageName, HANDLE ProcessId, PIMAGE_INFO ImageInfo)
{
    if (FullImageName != NULL && ImageInfo->SystemModeImage) {
        DbgPrint("samp: driver %wZ loaded\n", FullImageName);
    }
    UNREFERENCED_PARAMETER(ProcessId);
}

static VOID SampOnAnyArchImageLoad(PUNICODE_STRING FullImageName, HANDLE ProcessId, PIMAGE_INFO ImageInfo)
{
    UNREFERENCED_PARAMETER(ImageInfo);
    if (FullImageName != NULL) {
        DbgPrint("samp: %wZ mapped into %p\n", FullImageName, ProcessId);
    }
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    PsRemoveLoadImageNotifyRoutine(SampOnAnyArchImageLoad);
    PsRemoveLoadImageNotifyRoutine(SampOnImageLoad);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = PsSetLoadImageNotifyRoutine(SampOnImageLoad);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = PsSetLoadImageNotifyRoutineEx(SampOnAnyArchImageLoad, PS_IMAGE_NOTIFY_CONFLICTING_ARCHITECTURE);
    if (!NT_SUCCESS(status)) {
        PsRemoveLoadImageNotifyRoutine(SampOnImageLoad);
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
