// driver-unload-missing-cleanup: a driver registers SampOnImageLoad with
// PsSetLoadImageNotifyRoutine and SampOnAnyArchImageLoad with
// PsSetLoadImageNotifyRoutineEx, and SampUnload removes neither: the next
// image mapped after unload calls into unloaded code. Fires twice, once on
// each registration. image-notify-removed.c is the silent twin.
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
    DbgPrint("samp: unloading\n");
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = PsSetLoadImageNotifyRoutine(SampOnImageLoad); // expect: driver-unload-missing-cleanup "PsSetLoadImageNotifyRoutine image-load callback 'SampOnImageLoad' is never removed: call PsRemoveLoadImageNotifyRoutine(SampOnImageLoad) in 'SampUnload'"
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = PsSetLoadImageNotifyRoutineEx(SampOnAnyArchImageLoad, PS_IMAGE_NOTIFY_CONFLICTING_ARCHITECTURE); // expect: driver-unload-missing-cleanup "PsSetLoadImageNotifyRoutineEx image-load callback 'SampOnAnyArchImageLoad' is never removed: call PsRemoveLoadImageNotifyRoutine(SampOnAnyArchImageLoad) in 'SampUnload'"
    if (!NT_SUCCESS(status)) {
        PsRemoveLoadImageNotifyRoutine(SampOnImageLoad);
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
