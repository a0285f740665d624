// driver-entry-failure-cleanup: two registrations to undo on one failure path.
// DriverEntry initializes the lookaside list its per-open contexts come from,
// creates its device (when that fails it deletes the list) and names the
// device with a symbolic link; when IoCreateSymbolicLink fails it returns the
// status with both the lookaside list and the device object live, and Unload
// is not called when DriverEntry fails. One finding at that return, naming the
// first registration (while lookaside list 'gOpenContexts'); the device object
// is a related location. Silent twin: two-live-lookaside-device-released.c.
#include <ntddk.h>

#define SAMP_TAG 'lmaS'

typedef struct _SAMP_OPEN_CONTEXT {
    LARGE_INTEGER OpenTime;
    ULONG Reads;
} SAMP_OPEN_CONTEXT, *PSAMP_OPEN_CONTEXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gDevice;
static NPAGED_LOOKASIDE_LIST gOpenContexts;

_Use_decl_annotations_
NTSTATUS SampCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PSAMP_OPEN_CONTEXT context;
    NTSTATUS status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->MajorFunction == IRP_MJ_CREATE) {
        context = (PSAMP_OPEN_CONTEXT)ExAllocateFromNPagedLookasideList(&gOpenContexts);
        if (context == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
        } else {
            KeQuerySystemTime(&context->OpenTime);
            context->Reads = 0;
            stack->FileObject->FsContext2 = context;
        }
    } else if (stack->FileObject->FsContext2 != NULL) {
        ExFreeToNPagedLookasideList(&gOpenContexts, stack->FileObject->FsContext2);
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampLookaside");

    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteSymbolicLink(&linkName);
    IoDeleteDevice(gDevice);
    ExDeleteNPagedLookasideList(&gOpenContexts);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampLookaside");
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(L"\\DosDevices\\SampLookaside");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    ExInitializeNPagedLookasideList(&gOpenContexts, NULL, NULL, POOL_NX_ALLOCATION,
                                    sizeof(SAMP_OPEN_CONTEXT), SAMP_TAG, 0);
    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        ExDeleteNPagedLookasideList(&gOpenContexts);
        return status;
    }
    status = IoCreateSymbolicLink(&linkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        return status; // expect: driver-entry-failure-cleanup "while lookaside list"
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
