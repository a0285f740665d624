// driver-irql: the statistics driver of raising-helper-zwclose-held.c done
// right: the device control routine resets the statistics and takes the
// export file's handle between AcquireStatsLock (which returns at
// DISPATCH_LEVEL, raising IRQL for its caller) and KeReleaseSpinLock (which
// restores the caller's IRQL), then closes the handle with ZwClose at
// PASSIVE_LEVEL. Silent; driver-irql-not-restored is silent too (the wrapper
// returns raised on every path). Twin: raising-helper-zwclose-held.c.
#include <ntddk.h>

#define IOCTL_STAT_RESET CTL_CODE(FILE_DEVICE_UNKNOWN, 0x830, METHOD_BUFFERED, FILE_ANY_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD StatUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH StatCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH StatDeviceControl;

typedef struct _STATS {
    ULONGLONG Requests;
    ULONGLONG Bytes;
} STATS;

static PDEVICE_OBJECT gDevice;
static KSPIN_LOCK gStatsLock;
static KIRQL gStatsIrql;
static STATS gStats;
static HANDLE gExportFile;

// Takes the statistics lock for the caller: returns at DISPATCH_LEVEL.
static VOID AcquireStatsLock(VOID)
{
    KeAcquireSpinLock(&gStatsLock, &gStatsIrql);
}

_Use_decl_annotations_
NTSTATUS StatDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;
    HANDLE exportFile;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.IoControlCode != IOCTL_STAT_RESET) {
        status = STATUS_INVALID_DEVICE_REQUEST;
    } else {
        AcquireStatsLock();
        RtlZeroMemory(&gStats, sizeof(gStats));
        exportFile = gExportFile;
        gExportFile = NULL;
        KeReleaseSpinLock(&gStatsLock, gStatsIrql);
        if (exportFile != NULL) {
            ZwClose(exportFile);
        }
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
NTSTATUS StatCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID StatUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (gExportFile != NULL) {
        ZwClose(gExportFile);
    }
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Stat");
    UNICODE_STRING path = RTL_CONSTANT_STRING(L"\\SystemRoot\\Temp\\stats.csv");
    OBJECT_ATTRIBUTES attributes;
    IO_STATUS_BLOCK ioStatus;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&gStatsLock);
    InitializeObjectAttributes(&attributes, &path, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    status = ZwCreateFile(&gExportFile, FILE_APPEND_DATA | SYNCHRONIZE, &attributes, &ioStatus, NULL,
                          FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ, FILE_OPEN_IF,
                          FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        ZwClose(gExportFile);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = StatCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = StatCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = StatDeviceControl;
    DriverObject->DriverUnload = StatUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
