// The filt driver's read path: both definitions lack _Use_decl_annotations_
// although filt.h declares them with DRIVER_DISPATCH and IO_COMPLETION_ROUTINE.
#include "filt.h"

NTSTATUS // expect: driver-use-decl-annotations "FiltReadComplete"
FiltReadComplete(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_reads_opt_(_Inexpressible_("varies")) PVOID Context
    )
{
    PFILT_EXTENSION ext = (PFILT_EXTENSION)DeviceObject->DeviceExtension;

    UNREFERENCED_PARAMETER(Context);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    if (NT_SUCCESS(Irp->IoStatus.Status)) {
        InterlockedAdd64(&ext->BytesRead, (LONG64)Irp->IoStatus.Information);
    }
    return STATUS_CONTINUE_COMPLETION;
}

NTSTATUS FiltRead(PDEVICE_OBJECT DeviceObject, PIRP Irp) // expect: driver-use-decl-annotations "FiltRead"
{
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, FiltReadComplete, NULL, TRUE, TRUE, TRUE);
    return IoCallDriver(((PFILT_EXTENSION)DeviceObject->DeviceExtension)->LowerDevice, Irp);
}
