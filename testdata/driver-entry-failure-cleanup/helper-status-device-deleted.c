// driver-entry-failure-cleanup: a failure status that comes back from a
// helper that registers nothing. DriverEntry creates its device, then calls
// SampInitCounters, which fails with STATUS_NOT_SUPPORTED when the machine has
// more processors than the device extension has counters. DriverEntry deletes
// the device before returning the helper's status. Silent. Firing twin:
// helper-status-device-not-deleted.c.
#include <ntddk.h>

#define SAMP_MAX_CPUS 64

typedef struct _SAMP_EXTENSION {
    ULONG ProcessorCount;
    volatile LONG Requests[SAMP_MAX_CPUS];
} SAMP_EXTENSION, *PSAMP_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampCreateClose;

static PDEVICE_OBJECT gDevice;

static NTSTATUS SampInitCounters(PSAMP_EXTENSION Ext)
{
    ULONG count = KeQueryActiveProcessorCountEx(ALL_PROCESSOR_GROUPS);
    ULONG i;

    if (count > SAMP_MAX_CPUS) {
        return STATUS_NOT_SUPPORTED;
    }
    Ext->ProcessorCount = count;
    for (i = 0; i < SAMP_MAX_CPUS; i++) {
        Ext->Requests[i] = 0;
    }
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS SampCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSAMP_EXTENSION ext = (PSAMP_EXTENSION)DeviceObject->DeviceExtension;
    ULONG cpu = KeGetCurrentProcessorNumberEx(NULL);

    if (cpu < ext->ProcessorCount) {
        InterlockedIncrement(&ext->Requests[cpu]);
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\SampCounters");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(SAMP_EXTENSION), &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = SampInitCounters((PSAMP_EXTENSION)gDevice->DeviceExtension);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(gDevice);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SampCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SampCreateClose;
    DriverObject->DriverUnload = SampUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
