// driver-irql: a driver that refuses to open a few protected names. Its
// IRP_MJ_CREATE routine (PASSIVE_LEVEL) calls IsProtected, which walks the
// name table under the spin lock gTableLock and compares each name through
// the helper NameMatches. NameMatches has no annotation and no role: its IRQL
// comes from its callers, and its only call is made with the spin lock held
// (DISPATCH_LEVEL). Inside it RtlEqualUnicodeString requires PASSIVE_LEVEL:
// fires there. Twins: helper-called-under-lock-and-not.c (one caller at
// PASSIVE_LEVEL too: only possibly wrong) and helper-called-under-resource.c
// (an executive resource, which keeps PASSIVE_LEVEL).
#include <ntddk.h>

#define NT_MAX 4

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD NtbUnload;
_Dispatch_type_(IRP_MJ_CREATE) DRIVER_DISPATCH NtbCreate;
_Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH NtbClose;

static PDEVICE_OBJECT gDevice;
static KSPIN_LOCK gTableLock;
static UNICODE_STRING gNames[NT_MAX];
static ULONG gCount;
static ULONG gLastHit;

static BOOLEAN NameMatches(PCUNICODE_STRING Name, ULONG Index)
{
    return RtlEqualUnicodeString(Name, &gNames[Index], TRUE); // expect: driver-irql "'RtlEqualUnicodeString' requires PASSIVE_LEVEL but is called at DISPATCH_LEVEL because every caller of 'NameMatches' calls it at DISPATCH_LEVEL"
}

static BOOLEAN IsProtected(PCUNICODE_STRING Name)
{
    BOOLEAN found = FALSE;
    ULONG i;

    KIRQL oldIrql;

    KeAcquireSpinLock(&gTableLock, &oldIrql);
    for (i = 0; i < gCount && !found; i++) {
        found = NameMatches(Name, i);
        if (found) {
            gLastHit = i;
        }
    }
    KeReleaseSpinLock(&gTableLock, oldIrql);
    return found;
}

_Use_decl_annotations_
NTSTATUS NtbCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFILE_OBJECT file = IoGetCurrentIrpStackLocation(Irp)->FileObject;
    NTSTATUS status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (file != NULL && IsProtected(&file->FileName)) {
        status = STATUS_ACCESS_DENIED;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS NtbClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID NtbUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);

    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Ntb");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    KeInitializeSpinLock(&gTableLock);
    RtlInitUnicodeString(&gNames[0], L"\\secret.txt");
    RtlInitUnicodeString(&gNames[1], L"\\keys.bin");
    gCount = 2;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = NtbCreate;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = NtbClose;
    DriverObject->DriverUnload = NtbUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
