// driver-unload-pending-work: a file system posts read requests to a system
// worker with ExQueueWorkItem. Each posted IRP keeps a file object, so the
// driver's device, referenced until the worker completes it, and the driver
// cannot unload before that: only work DriverEntry queues is checked. Silent.
// ex-work-item-not-drained.c is the firing twin.
#include <ntifs.h>
DRIVER_INITIALIZE DriverEntry; DRIVER_UNLOAD FsUnload; WORKER_THREAD_ROUTINE FsWorker;
_Dispatch_type_(IRP_MJ_READ) DRIVER_DISPATCH FsDispatchRead;
typedef struct _POSTED { WORK_QUEUE_ITEM Item; PIRP Irp; } POSTED, *PPOSTED;
PDEVICE_OBJECT g_FsDevice;
_Use_decl_annotations_
VOID FsWorker(PVOID Parameter)
{
    PPOSTED posted = (PPOSTED)Parameter;
    posted->Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(posted->Irp, IO_NO_INCREMENT);
    ExFreePoolWithTag(posted, 'tsoP');
}
_Use_decl_annotations_
NTSTATUS FsDispatchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PPOSTED posted = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(POSTED), 'tsoP');
    UNREFERENCED_PARAMETER(DeviceObject);
    if (posted == NULL) { Irp->IoStatus.Status = STATUS_INSUFFICIENT_RESOURCES; IoCompleteRequest(Irp, IO_NO_INCREMENT); return STATUS_INSUFFICIENT_RESOURCES; }
    posted->Irp = Irp;
    IoMarkIrpPending(Irp);
    ExInitializeWorkItem(&posted->Item, FsWorker, posted);
    ExQueueWorkItem(&posted->Item, CriticalWorkQueue);
    return STATUS_PENDING;
}
_Use_decl_annotations_
VOID FsUnload(PDRIVER_OBJECT DriverObject) { UNREFERENCED_PARAMETER(DriverObject); IoUnregisterFileSystem(g_FsDevice); IoDeleteDevice(g_FsDevice); }
_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\FileSystem\\SampleFs");
    UNREFERENCED_PARAMETER(RegistryPath);
    if (!NT_SUCCESS(IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_DISK_FILE_SYSTEM, 0, FALSE, &g_FsDevice))) return STATUS_UNSUCCESSFUL;
    DriverObject->MajorFunction[IRP_MJ_READ] = FsDispatchRead;
    DriverObject->DriverUnload = FsUnload;
    IoRegisterFileSystem(g_FsDevice);
    return STATUS_SUCCESS;
}
