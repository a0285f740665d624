// driver-role-type: the StartIo routine was declared by copying the line above
// it, so it carries DRIVER_CANCEL. Both role types have the same C signature,
// so the compiler accepts the store into DriverStartIo, but the routine is
// declared with the wrong role. Fires on that declaration.
// startio-with-role-type.c is the corrected driver.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_WRITE) DRIVER_DISPATCH SampWrite;
DRIVER_CANCEL SampCancel;
DRIVER_CANCEL SampStartIo; // expect: driver-role-type "DRIVER_STARTIO"

_Use_decl_annotations_
VOID SampCancel(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    if (Irp == DeviceObject->CurrentIrp) {
        IoReleaseCancelSpinLock(Irp->CancelIrql);
        IoStartNextPacket(DeviceObject, TRUE);
    } else {
        KeRemoveEntryDeviceQueue(&DeviceObject->DeviceQueue, &Irp->Tail.Overlay.DeviceQueueEntry);
        IoReleaseCancelSpinLock(Irp->CancelIrql);
    }
    Irp->IoStatus.Status = STATUS_CANCELLED;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

_Use_decl_annotations_
VOID SampStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    KIRQL irql;

    IoAcquireCancelSpinLock(&irql);
    if (Irp->Cancel) {
        IoReleaseCancelSpinLock(irql); // SampCancel completes it
        return;
    }
    IoSetCancelRoutine(Irp, NULL);
    IoReleaseCancelSpinLock(irql);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = IoGetCurrentIrpStackLocation(Irp)->Parameters.Write.Length;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    IoStartNextPacket(DeviceObject, TRUE);
}

_Use_decl_annotations_
NTSTATUS SampWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    IoMarkIrpPending(Irp);
    IoStartPacket(DeviceObject, Irp, NULL, SampCancel);
    return STATUS_PENDING;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    if (DriverObject->DeviceObject != NULL) {
        IoDeleteDevice(DriverObject->DeviceObject);
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_WRITE] = SampWrite;
    DriverObject->DriverStartIo = SampStartIo;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
