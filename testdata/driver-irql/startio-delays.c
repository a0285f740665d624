// driver-irql: a driver for a device that needs a short settling time after
// each command. Writes are queued with IoStartPacket; the StartIo routine
// BeepStartIo issues the command and then waits with KeDelayExecutionThread.
// StartIo routines (DriverObject->DriverStartIo) run at DISPATCH_LEVEL, and
// KeDelayExecutionThread requires IRQL <= APC_LEVEL: fires on that call.
// Twin: startio-stalls.c (busy-waits with KeStallExecutionProcessor, allowed
// at any IRQL).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD BeepUnload;
DRIVER_STARTIO BeepStartIo;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH BeepCreateClose;
_Dispatch_type_(IRP_MJ_WRITE) DRIVER_DISPATCH BeepWrite;

static PDEVICE_OBJECT gDevice;
static volatile ULONG gLastCommand;

_Use_decl_annotations_
VOID BeepStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    LARGE_INTEGER settle;

    gLastCommand = (ULONG)IoGetCurrentIrpStackLocation(Irp)->Parameters.Write.Length;
    settle.QuadPart = -10 * 1000; // one millisecond
    KeDelayExecutionThread(KernelMode, FALSE, &settle); // expect: driver-irql "'KeDelayExecutionThread' requires IRQL <= APC_LEVEL but is called at DISPATCH_LEVEL because 'BeepStartIo' is stored in DriverStartIo"
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    IoStartNextPacket(DeviceObject, FALSE);
}

_Use_decl_annotations_
NTSTATUS BeepWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    IoMarkIrpPending(Irp);
    IoStartPacket(DeviceObject, Irp, NULL, NULL);
    return STATUS_PENDING;
}

_Use_decl_annotations_
NTSTATUS BeepCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID BeepUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Beep2");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = BeepCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = BeepCreateClose;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = BeepWrite;
    DriverObject->DriverStartIo = BeepStartIo;
    DriverObject->DriverUnload = BeepUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
