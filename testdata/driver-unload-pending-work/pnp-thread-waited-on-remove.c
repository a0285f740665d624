// driver-unload-pending-work: a PnP driver starts a per-device thread on
// IRP_MN_START_DEVICE and waits for it on IRP_MN_REMOVE_DEVICE. Unload runs
// only after every device is removed, so the wait belongs there and not in
// Unload. Silent. system-thread-never-waited.c is the firing twin.
#include <ntddk.h>
DRIVER_INITIALIZE DriverEntry; DRIVER_UNLOAD ThrUnload; DRIVER_ADD_DEVICE ThrAddDevice; KSTART_ROUTINE ThrThread;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH ThrDispatchPnp;
typedef struct _THR_EXT { PDEVICE_OBJECT Lower; PVOID Thread; } THR_EXT, *PTHR_EXT;
_Use_decl_annotations_
VOID ThrThread(PVOID Context) { UNREFERENCED_PARAMETER(Context); PsTerminateSystemThread(STATUS_SUCCESS); }
_Use_decl_annotations_
NTSTATUS ThrDispatchPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PTHR_EXT ext = (PTHR_EXT)DeviceObject->DeviceExtension; PDEVICE_OBJECT lower = ext->Lower; HANDLE h;
    UCHAR minor = IoGetCurrentIrpStackLocation(Irp)->MinorFunction;
    if (minor == IRP_MN_START_DEVICE &&
        NT_SUCCESS(PsCreateSystemThread(&h, THREAD_ALL_ACCESS, NULL, NULL, NULL, ThrThread, ext))) {
        ObReferenceObjectByHandle(h, THREAD_ALL_ACCESS, NULL, KernelMode, &ext->Thread, NULL);
        ZwClose(h);
    } else if (minor == IRP_MN_REMOVE_DEVICE) {
        KeWaitForSingleObject(ext->Thread, Executive, KernelMode, FALSE, NULL);
        ObDereferenceObject(ext->Thread); IoDetachDevice(lower); IoDeleteDevice(DeviceObject);
    }
    IoSkipCurrentIrpStackLocation(Irp); return IoCallDriver(lower, Irp);
}
_Use_decl_annotations_
NTSTATUS ThrAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo)
{
    PDEVICE_OBJECT fdo;
    if (!NT_SUCCESS(IoCreateDevice(DriverObject, sizeof(THR_EXT), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &fdo))) return STATUS_UNSUCCESSFUL;
    ((PTHR_EXT)fdo->DeviceExtension)->Lower = IoAttachDeviceToDeviceStack(fdo, Pdo);
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
_Use_decl_annotations_
VOID ThrUnload(PDRIVER_OBJECT DriverObject) { UNREFERENCED_PARAMETER(DriverObject); }
_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_PNP] = ThrDispatchPnp; DriverObject->DriverExtension->AddDevice = ThrAddDevice;
    DriverObject->DriverUnload = ThrUnload; return STATUS_SUCCESS;
}
