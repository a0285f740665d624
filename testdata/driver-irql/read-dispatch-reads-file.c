// driver-irql: a driver whose device serves reads from a backing file. Its
// IRP_MJ_READ routine BkfRead calls ZwReadFile, which requires PASSIVE_LEVEL.
// Read requests may be sent at PASSIVE_LEVEL up to DISPATCH_LEVEL, so the
// call may be wrong but is not certainly wrong: the rule reports only when
// every IRQL the caller can be at is outside the callee's range. Silent.
// Twin: read-dispatch-reads-file-under-lock.c (the same call made while a
// spin lock is held, certainly at DISPATCH_LEVEL).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD BkfUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH BkfCreateClose;
_Dispatch_type_(IRP_MJ_READ) DRIVER_DISPATCH BkfRead;

static PDEVICE_OBJECT gDevice;
static HANDLE gBackingFile;
static KSPIN_LOCK gCacheLock;
static UCHAR gCache[512];
static BOOLEAN gCacheValid;

_Use_decl_annotations_
NTSTATUS BkfRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG length = stack->Parameters.Read.Length;
    LARGE_INTEGER offset = stack->Parameters.Read.ByteOffset;
    IO_STATUS_BLOCK ioStatus;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);
    status = ZwReadFile(gBackingFile, NULL, NULL, NULL, &ioStatus, Irp->AssociatedIrp.SystemBuffer, length,
                        &offset, NULL);
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = NT_SUCCESS(status) ? ioStatus.Information : 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS BkfCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID BkfUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    ZwClose(gBackingFile);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Bkf");
    UNICODE_STRING path = RTL_CONSTANT_STRING(L"\\SystemRoot\\bkf.img");
    OBJECT_ATTRIBUTES attributes;
    IO_STATUS_BLOCK ioStatus;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&gCacheLock);
    InitializeObjectAttributes(&attributes, &path, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    status = ZwOpenFile(&gBackingFile, FILE_READ_DATA | SYNCHRONIZE, &attributes, &ioStatus, FILE_SHARE_READ,
                        FILE_SYNCHRONOUS_IO_NONALERT);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        ZwClose(gBackingFile);
        return status;
    }
    gDevice->Flags |= DO_BUFFERED_IO;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = BkfCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = BkfCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = BkfRead;
    DriverObject->DriverUnload = BkfUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
