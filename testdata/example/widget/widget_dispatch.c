// widget_dispatch.c - the dispatch routines of the Widget example driver.
#include "widget.h"

static NTSTATUS WidgetComplete(PIRP Irp, NTSTATUS Status, ULONG_PTR Information)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

// Mistake: no _Use_decl_annotations_, so DRIVER_DISPATCH's annotations do not apply here.
NTSTATUS WidgetCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) // expect: driver-use-decl-annotations "lacks _Use_decl_annotations_"
{
    PWIDGET_EXTENSION ext = (PWIDGET_EXTENSION)DeviceObject->DeviceExtension;

    if (IoGetCurrentIrpStackLocation(Irp)->MajorFunction == IRP_MJ_CREATE) {
        InterlockedIncrement(&ext->OpenCount);
    } else {
        InterlockedDecrement(&ext->OpenCount);
    }
    return WidgetComplete(Irp, STATUS_SUCCESS, 0);
}

_Use_decl_annotations_ NTSTATUS WidgetCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PWIDGET_EXTENSION ext = (PWIDGET_EXTENSION)DeviceObject->DeviceExtension;

    // Nothing open on the device: nothing to clean up, but the IRP is left
    // pending forever and the closing thread hangs.
    if (ext->OpenCount == 0) {
        return STATUS_SUCCESS; // expect: driver-dispatch-cleanup "returns without completing the IRP"
    }
    return WidgetComplete(Irp, STATUS_SUCCESS, 0);
}

_Use_decl_annotations_ NTSTATUS WidgetRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PWIDGET_EXTENSION ext = (PWIDGET_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    if (stack->Parameters.Read.Length < sizeof(LONG)) {
        return WidgetComplete(Irp, STATUS_BUFFER_TOO_SMALL, 0);
    }
    *(PLONG)Irp->AssociatedIrp.SystemBuffer = InterlockedIncrement(&ext->ReadCount);
    return WidgetComplete(Irp, STATUS_SUCCESS, sizeof(LONG));
}

NTSTATUS WidgetDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PWIDGET_EXTENSION ext = (PWIDGET_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_WIDGET_GET_OPEN_COUNT:
        if (stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(LONG)) {
            return WidgetComplete(Irp, STATUS_BUFFER_TOO_SMALL, 0);
        }
        *(PLONG)Irp->AssociatedIrp.SystemBuffer = ext->OpenCount;
        return WidgetComplete(Irp, STATUS_SUCCESS, sizeof(LONG));
    case IOCTL_WIDGET_ENABLE_READ:
        // Mistake: reads are switched on by patching the driver object from a
        // dispatch routine, while other threads may be sending IRPs.
        DeviceObject->DriverObject->MajorFunction[IRP_MJ_READ] = WidgetRead; // expect: driver-unload-assignment "which is not DriverEntry nor called from it"
        return WidgetComplete(Irp, STATUS_SUCCESS, 0);
    case IOCTL_WIDGET_SAVE_STATS: {
        KIRQL oldIrql;
        ULONG ticks;

        KeAcquireSpinLock(&ext->StatsLock, &oldIrql);
        if (ext->Ticks == 0) {
            // Mistake: this early return leaves the spin lock held.
            return WidgetComplete(Irp, STATUS_DEVICE_NOT_READY, 0); // expect: driver-irql-not-restored "returns while spin lock 'ext->StatsLock' is held"
        }
        ticks = (ULONG)ext->Ticks;
        // Mistake: the registry is written at DISPATCH_LEVEL, under the spin lock.
        RtlWriteRegistryValue(RTL_REGISTRY_SERVICES, L"Widget", L"Ticks", REG_DWORD, &ticks, sizeof(ticks)); // expect: driver-irql "requires PASSIVE_LEVEL but is called at DISPATCH_LEVEL while spin lock 'ext->StatsLock' is held"
        KeReleaseSpinLock(&ext->StatsLock, oldIrql);
        return WidgetComplete(Irp, STATUS_SUCCESS, 0);
    }
    default:
        return WidgetComplete(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
    }
}
