// driver-unload-pending-work: a PnP function driver that polls its device
// every 50 ms with a periodic timer kept in the device extension. The timer
// is armed with KeSetTimerEx(&ext->PollTimer, ...) on IRP_MN_START_DEVICE and
// cancelled with KeCancelTimer(&ext->PollTimer) (plus KeFlushQueuedDpcs) on
// IRP_MN_REMOVE_DEVICE in the IRP_MJ_PNP routine. The timer belongs to the
// device, and a PnP driver's devices are all removed before it is unloaded,
// so its Unload has nothing to cancel. Silent. Twin:
// pnp-timer-not-cancelled-on-remove.c (the remove handler forgets the timer).
#include <ntddk.h>

typedef struct _POLL_EXTENSION {
    PDEVICE_OBJECT Lower;
    KTIMER PollTimer;
    KDPC PollDpc;
    volatile LONG Polls;
} POLL_EXTENSION, *PPOLL_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PollUnload;
DRIVER_ADD_DEVICE PollAddDevice;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH PollDispatchPnp;
KDEFERRED_ROUTINE PollTimerDpc;

_Use_decl_annotations_
VOID PollTimerDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PPOLL_EXTENSION ext = (PPOLL_EXTENSION)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    InterlockedIncrement(&ext->Polls);
}

_Use_decl_annotations_
NTSTATUS PollDispatchPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PPOLL_EXTENSION ext = (PPOLL_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PDEVICE_OBJECT lower = ext->Lower;
    LARGE_INTEGER dueTime;
    NTSTATUS status;

    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
        dueTime.QuadPart = -50LL * 10 * 1000; // 50 ms
        KeSetTimerEx(&ext->PollTimer, dueTime, 50, &ext->PollDpc);
        break;
    case IRP_MN_REMOVE_DEVICE:
        KeCancelTimer(&ext->PollTimer);
        KeFlushQueuedDpcs();
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(lower, Irp);
        IoDetachDevice(lower);
        IoDeleteDevice(DeviceObject);
        return status;
    default:
        break;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(lower, Irp);
}

_Use_decl_annotations_
NTSTATUS PollAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PDEVICE_OBJECT fdo;
    PPOLL_EXTENSION ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(POLL_EXTENSION), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PPOLL_EXTENSION)fdo->DeviceExtension;
    RtlZeroMemory(ext, sizeof(*ext));
    KeInitializeTimer(&ext->PollTimer);
    KeInitializeDpc(&ext->PollDpc, PollTimerDpc, ext);
    ext->Lower = IoAttachDeviceToDeviceStack(fdo, PhysicalDeviceObject);
    if (ext->Lower == NULL) {
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }
    fdo->Flags |= DO_POWER_PAGABLE;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID PollUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverExtension->AddDevice = PollAddDevice;
    DriverObject->MajorFunction[IRP_MJ_PNP] = PollDispatchPnp;
    DriverObject->DriverUnload = PollUnload;
    return STATUS_SUCCESS;
}
