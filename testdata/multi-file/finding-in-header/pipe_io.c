// The pipe driver's dispatch routines. PipeWrite's definition lacks
// _Use_decl_annotations_.
#include "pipe.h"

static NTSTATUS PipeComplete(PIRP Irp, NTSTATUS Status, ULONG_PTR Information)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

_Use_decl_annotations_
NTSTATUS PipeCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return PipeComplete(Irp, STATUS_SUCCESS, 0);
}

_Use_decl_annotations_
NTSTATUS PipeRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PPIPE_EXTENSION ext = (PPIPE_EXTENSION)DeviceObject->DeviceExtension;
    KIRQL irql;
    ULONG pending;

    KeAcquireSpinLock(&ext->Lock, &irql);
    pending = ext->Pending;
    ext->Pending = 0;
    KeReleaseSpinLock(&ext->Lock, irql);
    return PipeComplete(Irp, pending != 0 ? STATUS_SUCCESS : STATUS_END_OF_FILE, 0);
}

NTSTATUS PipeWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp) // expect: driver-use-decl-annotations "lacks _Use_decl_annotations_"
{
    PPIPE_EXTENSION ext = (PPIPE_EXTENSION)DeviceObject->DeviceExtension;
    ULONG length = IoGetCurrentIrpStackLocation(Irp)->Parameters.Write.Length;
    KIRQL irql;

    KeAcquireSpinLock(&ext->Lock, &irql);
    ext->Pending += length;
    KeReleaseSpinLock(&ext->Lock, irql);
    return PipeComplete(Irp, STATUS_SUCCESS, length);
}
