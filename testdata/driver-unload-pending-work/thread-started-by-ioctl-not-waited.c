// driver-unload-pending-work: an IOCTL starts a system thread that waits for a
// stop event; Unload sets the event but never waits for the thread to exit, so
// the thread may still run the driver's code after it is unloaded. The wait
// inside the thread routine itself does not count. Fires at PsCreateSystemThread.
// system-thread-waited.c is the silent twin.
#include <ntddk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PrbUnload;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH PrbIoctl;
KSTART_ROUTINE PrbThread;
static KEVENT gStop;
static PDEVICE_OBJECT gDevice;
_Use_decl_annotations_
VOID PrbThread(PVOID StartContext)
{
    UNREFERENCED_PARAMETER(StartContext);
    KeWaitForSingleObject(&gStop, Executive, KernelMode, FALSE, NULL);
    PsTerminateSystemThread(STATUS_SUCCESS);
}
_Use_decl_annotations_
NTSTATUS PrbIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    HANDLE h;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(DeviceObject);
    status = PsCreateSystemThread(&h, THREAD_ALL_ACCESS, NULL, NULL, NULL, PrbThread, NULL); // expect: driver-unload-pending-work "that is never waited for"
    if (NT_SUCCESS(status)) ZwClose(h);
    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
_Use_decl_annotations_
VOID PrbUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeSetEvent(&gStop, IO_NO_INCREMENT, FALSE);
    IoDeleteDevice(gDevice);
}
_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeEvent(&gStop, NotificationEvent, FALSE);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) return status;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = PrbIoctl;
    DriverObject->DriverUnload = PrbUnload;
    return STATUS_SUCCESS;
}
