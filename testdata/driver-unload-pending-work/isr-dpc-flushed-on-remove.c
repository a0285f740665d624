// driver-unload-pending-work: a PnP function driver whose interrupt service
// routine defers its work with IoRequestDpc, which queues the device
// object's DPC (KeInsertQueueDpc(&DeviceObject->Dpc, ...)). The ISR is a
// callback, so the DPC it queues may be flushed anywhere in the driver: the
// IRP_MN_REMOVE_DEVICE handler disconnects the interrupt and then calls
// KeFlushQueuedDpcs before the device object is deleted. Silent. Twin:
// isr-dpc-never-flushed.c (no flush).
#include <ntddk.h>

typedef struct _ISRD_EXTENSION {
    PDEVICE_OBJECT Lower;
    PKINTERRUPT Interrupt;
    volatile LONG Interrupts;
} ISRD_EXTENSION, *PISRD_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD IsrdUnload;
DRIVER_ADD_DEVICE IsrdAddDevice;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH IsrdDispatchPnp;
KSERVICE_ROUTINE IsrdInterrupt;
IO_DPC_ROUTINE IsrdDpcForIsr;
IO_COMPLETION_ROUTINE IsrdStartCompleted;

_Use_decl_annotations_
BOOLEAN IsrdInterrupt(PKINTERRUPT Interrupt, PVOID ServiceContext)
{
    PDEVICE_OBJECT device = (PDEVICE_OBJECT)ServiceContext;

    UNREFERENCED_PARAMETER(Interrupt);
    IoRequestDpc(device, NULL, NULL);
    return TRUE;
}

_Use_decl_annotations_
VOID IsrdDpcForIsr(PKDPC Dpc, PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PISRD_EXTENSION ext = (PISRD_EXTENSION)DeviceObject->DeviceExtension;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Irp);
    UNREFERENCED_PARAMETER(Context);
    InterlockedIncrement(&ext->Interrupts);
}

_Use_decl_annotations_
NTSTATUS IsrdStartCompleted(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS IsrdConnect(PDEVICE_OBJECT DeviceObject, PCM_RESOURCE_LIST Resources)
{
    PISRD_EXTENSION ext = (PISRD_EXTENSION)DeviceObject->DeviceExtension;
    PCM_PARTIAL_RESOURCE_LIST list;
    ULONG i;

    if (Resources == NULL || Resources->Count == 0) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    list = &Resources->List[0].PartialResourceList;
    for (i = 0; i < list->Count; i++) {
        PCM_PARTIAL_RESOURCE_DESCRIPTOR d = &list->PartialDescriptors[i];
        if (d->Type == CmResourceTypeInterrupt) {
            return IoConnectInterrupt(&ext->Interrupt, IsrdInterrupt, DeviceObject, NULL,
                                      d->u.Interrupt.Vector, (KIRQL)d->u.Interrupt.Level,
                                      (KIRQL)d->u.Interrupt.Level,
                                      (d->Flags & CM_RESOURCE_INTERRUPT_LATCHED) ? Latched : LevelSensitive,
                                      d->ShareDisposition == CmResourceShareShared,
                                      d->u.Interrupt.Affinity, FALSE);
        }
    }
    return STATUS_INSUFFICIENT_RESOURCES;
}

_Use_decl_annotations_
NTSTATUS IsrdDispatchPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PISRD_EXTENSION ext = (PISRD_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PDEVICE_OBJECT lower = ext->Lower;
    KEVENT started;
    NTSTATUS status;

    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
        KeInitializeEvent(&started, NotificationEvent, FALSE);
        IoCopyCurrentIrpStackLocationToNext(Irp);
        IoSetCompletionRoutine(Irp, IsrdStartCompleted, &started, TRUE, TRUE, TRUE);
        if (IoCallDriver(lower, Irp) == STATUS_PENDING) {
            KeWaitForSingleObject(&started, Executive, KernelMode, FALSE, NULL);
        }
        status = Irp->IoStatus.Status;
        if (NT_SUCCESS(status)) {
            status = IsrdConnect(DeviceObject, stack->Parameters.StartDevice.AllocatedResourcesTranslated);
        }
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    case IRP_MN_REMOVE_DEVICE:
        if (ext->Interrupt != NULL) {
            IoDisconnectInterrupt(ext->Interrupt);
            ext->Interrupt = NULL;
        }
        KeFlushQueuedDpcs();
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(lower, Irp);
        IoDetachDevice(lower);
        IoDeleteDevice(DeviceObject);
        return status;
    default:
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(lower, Irp);
    }
}

_Use_decl_annotations_
NTSTATUS IsrdAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PDEVICE_OBJECT fdo;
    PISRD_EXTENSION ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(ISRD_EXTENSION), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PISRD_EXTENSION)fdo->DeviceExtension;
    RtlZeroMemory(ext, sizeof(*ext));
    IoInitializeDpcRequest(fdo, IsrdDpcForIsr);
    ext->Lower = IoAttachDeviceToDeviceStack(fdo, PhysicalDeviceObject);
    if (ext->Lower == NULL) {
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID IsrdUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverExtension->AddDevice = IsrdAddDevice;
    DriverObject->MajorFunction[IRP_MJ_PNP] = IsrdDispatchPnp;
    DriverObject->DriverUnload = IsrdUnload;
    return STATUS_SUCCESS;
}
