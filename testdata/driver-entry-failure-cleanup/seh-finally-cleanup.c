// driver-entry-failure-cleanup: __try/__finally unwind (MSVC structured
// exception handling in C). DriverEntry creates its device, its symbolic link
// and an image-load callback inside a __try block, leaving it with __leave on
// each failure; the __finally block undoes, when status is a failure, what
// the flags say was made: the link when linkCreated, the device when it is not
// NULL. Every failing path therefore releases everything before DriverEntry
// returns. Silent. Clang builds no control-flow graph for a function with
// __finally, so the rule cannot follow DriverEntry's paths at all: it says so
// in a notification and reports nothing, right or wrong (a __finally that
// forgot the link would be a missed finding).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gDevice;
static volatile LONG gImageCount;

static VOID SampOnImage(PUNICODE_STRING FullImageName, HANDLE ProcessId, PIMAGE_INFO ImageInfo)
{
    UNREFERENCED_PARAMETER(FullImageName);
    UNREFERENCED_PARAMETER(ProcessId);
    UNREFERENCED_PARAMETER(ImageInfo);
    InterlockedIncrement(&gImageCount);
}

_Use_decl_annotations_
NTSTATUS SampCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampSeh");

    UNREFERENCED_PARAMETER(DriverObject);
    PsRemoveLoadImageNotifyRoutine(SampOnImage);
    IoDeleteSymbolicLink(&linkName);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampSeh");
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampSeh");
    BOOLEAN linkCreated = FALSE;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    gDevice = NULL;
    __try {
        status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                                FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
        if (!NT_SUCCESS(status)) {
            gDevice = NULL;
            __leave;
        }
        status = IoCreateSymbolicLink(&linkName, &deviceName);
        if (!NT_SUCCESS(status)) {
            __leave;
        }
        linkCreated = TRUE;
        status = PsSetLoadImageNotifyRoutine(SampOnImage);
        if (!NT_SUCCESS(status)) {
            __leave;
        }
        DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
        DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
        DriverObject->DriverUnload = SampUnload;
        gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    } __finally {
        if (!NT_SUCCESS(status)) {
            if (linkCreated) {
                IoDeleteSymbolicLink(&linkName);
            }
            if (gDevice != NULL) {
                IoDeleteDevice(gDevice);
                gDevice = NULL;
            }
        }
    }
    return status;
}
