// driver-dispatch-cleanup: a device opened in one of three modes (monitor when
// a name follows the device name, writer with write access, reader
// otherwise), kept in FileObject->FsContext2. The IRP_MJ_CLEANUP routine
// ModDispatchCleanup switches on the mode; every case sets 'status' and
// breaks, and the code after the switch stores 'status' in the IRP, completes
// it and returns 'status'. Silent. Twin: cleanup-switch-not-completed.c (the
// reader case returns from inside the switch without completing).
#include <ntddk.h>

#define MOD_READER 0
#define MOD_WRITER 1
#define MOD_MONITOR 2

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD ModUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH ModCreateClose;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH ModDispatchCleanup;

static PDEVICE_OBJECT gDevice;
static LONG gMonitors;
static ULONG gBytesWritten;

_Use_decl_annotations_
NTSTATUS ModCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG_PTR mode = MOD_READER;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->MajorFunction == IRP_MJ_CREATE) {
        if (stack->FileObject->FileName.Length != 0) {
            mode = MOD_MONITOR;
            InterlockedIncrement(&gMonitors);
        } else if (stack->Parameters.Create.SecurityContext->DesiredAccess & FILE_WRITE_DATA) {
            mode = MOD_WRITER;
        }
        stack->FileObject->FsContext2 = (PVOID)mode;
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS ModDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);
    switch ((ULONG_PTR)IoGetCurrentIrpStackLocation(Irp)->FileObject->FsContext2) {
    case MOD_WRITER:
        status = RtlWriteRegistryValue(RTL_REGISTRY_SERVICES, L"Mod\\Parameters", L"BytesWritten", REG_DWORD,
                                       &gBytesWritten, sizeof(gBytesWritten));
        break;
    case MOD_MONITOR:
        InterlockedDecrement(&gMonitors);
        status = STATUS_SUCCESS;
        break;
    case MOD_READER:
        status = STATUS_SUCCESS;
        break;
    default:
        status = STATUS_INVALID_DEVICE_STATE;
        break;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
VOID ModUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Mod");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = ModCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = ModCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = ModDispatchCleanup;
    DriverObject->DriverUnload = ModUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
