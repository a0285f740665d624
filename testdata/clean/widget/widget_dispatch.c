// widget_dispatch.c - the dispatch routines of the corrected Widget driver.
#include "widget.h"

static NTSTATUS WidgetComplete(PIRP Irp, NTSTATUS Status, ULONG_PTR Information)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

_Use_decl_annotations_ NTSTATUS WidgetCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PWIDGET_EXTENSION ext = (PWIDGET_EXTENSION)DeviceObject->DeviceExtension;

    if (IoGetCurrentIrpStackLocation(Irp)->MajorFunction == IRP_MJ_CREATE) {
        InterlockedIncrement(&ext->OpenCount);
    } else {
        InterlockedDecrement(&ext->OpenCount);
    }
    return WidgetComplete(Irp, STATUS_SUCCESS, 0);
}

// Called at system shutdown (the Unload routine is not): stop the statistics.
_Use_decl_annotations_ NTSTATUS WidgetDispatchShutdown(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PWIDGET_EXTENSION ext = (PWIDGET_EXTENSION)DeviceObject->DeviceExtension;

    KeCancelTimer(&ext->StatsTimer);
    return WidgetComplete(Irp, STATUS_SUCCESS, 0);
}

_Use_decl_annotations_ NTSTATUS WidgetCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return WidgetComplete(Irp, STATUS_SUCCESS, 0);
}

_Use_decl_annotations_ NTSTATUS WidgetRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PWIDGET_EXTENSION ext = (PWIDGET_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    if (!ext->ReadEnabled) {
        return WidgetComplete(Irp, STATUS_INVALID_DEVICE_STATE, 0);
    }
    if (stack->Parameters.Read.Length < sizeof(LONG)) {
        return WidgetComplete(Irp, STATUS_BUFFER_TOO_SMALL, 0);
    }
    *(PLONG)Irp->AssociatedIrp.SystemBuffer = InterlockedIncrement(&ext->ReadCount);
    return WidgetComplete(Irp, STATUS_SUCCESS, sizeof(LONG));
}

_Use_decl_annotations_ NTSTATUS WidgetDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
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
        // WidgetRead is always in the dispatch table; this only lets it succeed.
        InterlockedExchange(&ext->ReadEnabled, TRUE);
        return WidgetComplete(Irp, STATUS_SUCCESS, 0);
    case IOCTL_WIDGET_SAVE_STATS: {
        KIRQL oldIrql;
        ULONG ticks;

        KeAcquireSpinLock(&ext->StatsLock, &oldIrql);
        ticks = (ULONG)ext->Ticks;
        KeReleaseSpinLock(&ext->StatsLock, oldIrql);
        if (ticks == 0) {
            return WidgetComplete(Irp, STATUS_DEVICE_NOT_READY, 0);
        }
        RtlWriteRegistryValue(RTL_REGISTRY_SERVICES, L"Widget", L"Ticks", REG_DWORD, &ticks, sizeof(ticks));
        return WidgetComplete(Irp, STATUS_SUCCESS, 0);
    }
    default:
        return WidgetComplete(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
    }
}
