/*
 * wdm_basic.c - a classic WDM control-device driver in C: <wdm.h> only,
 * dispatch routines declared with role types, alloc_text, SEH written with
 * the try/except keywords, dontuse.h. Parse test for unloadcheck's
 * WDK-compatibility headers (testdata/parse/check.sh).
 */

#include <wdm.h>
#include <dontuse.h>

#define BASIC_TAG 'cisB'
#define BASIC_DEVICE_NAME L"\\Device\\UcBasic"
#define BASIC_LINK_NAME L"\\DosDevices\\UcBasic"
#define IOCTL_BASIC_ECHO CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _BASIC_EXTENSION {
    PVOID Buffer;
    KSPIN_LOCK Lock;
    LIST_ENTRY Pending;
} BASIC_EXTENSION, *PBASIC_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD BasicUnload;
_Dispatch_type_(IRP_MJ_CREATE)
_Dispatch_type_(IRP_MJ_CLOSE)
DRIVER_DISPATCH BasicCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL)
DRIVER_DISPATCH BasicDeviceControl;
IO_COMPLETION_ROUTINE BasicCompletion;
KDEFERRED_ROUTINE BasicDpc;

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, BasicUnload)
#pragma alloc_text(PAGE, BasicCreateClose)
#endif

static KDPC BasicDpcObject;

NTSTATUS
DriverEntry(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(BASIC_DEVICE_NAME);
    UNICODE_STRING linkName;
    PDEVICE_OBJECT deviceObject = NULL;
    PBASIC_EXTENSION extension;

    UNREFERENCED_PARAMETER(RegistryPath);

    status = IoCreateDevice(DriverObject, sizeof(BASIC_EXTENSION), &deviceName,
                            FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE,
                            &deviceObject);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    extension = (PBASIC_EXTENSION)deviceObject->DeviceExtension;
    KeInitializeSpinLock(&extension->Lock);
    InitializeListHead(&extension->Pending);
    extension->Buffer = ExAllocatePoolWithTag(NonPagedPoolNx, PAGE_SIZE, BASIC_TAG);
    if (extension->Buffer == NULL) {
        IoDeleteDevice(deviceObject);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    RtlInitUnicodeString(&linkName, BASIC_LINK_NAME);
    status = IoCreateSymbolicLink(&linkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(extension->Buffer, BASIC_TAG);
        IoDeleteDevice(deviceObject);
        return status;
    }

    KeInitializeDpc(&BasicDpcObject, BasicDpc, deviceObject);

    DriverObject->MajorFunction[IRP_MJ_CREATE] = BasicCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = BasicCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = BasicDeviceControl;
    DriverObject->DriverUnload = BasicUnload;

    deviceObject->Flags |= DO_BUFFERED_IO;
    deviceObject->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

VOID
BasicUnload(
    _In_ PDRIVER_OBJECT DriverObject)
{
    UNICODE_STRING linkName = RTL_CONSTANT_STRING(BASIC_LINK_NAME);
    PDEVICE_OBJECT deviceObject = DriverObject->DeviceObject;

    PAGED_CODE();

    KeRemoveQueueDpc(&BasicDpcObject);
    KeFlushQueuedDpcs();
    IoDeleteSymbolicLink(&linkName);
    if (deviceObject != NULL) {
        PBASIC_EXTENSION extension = (PBASIC_EXTENSION)deviceObject->DeviceExtension;
        if (extension->Buffer != NULL) {
            ExFreePoolWithTag(extension->Buffer, BASIC_TAG);
        }
        IoDeleteDevice(deviceObject);
    }
}

NTSTATUS
BasicCreateClose(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    PAGED_CODE();

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS
BasicDeviceControl(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;
    ULONG_PTR information = 0;
    KIRQL oldIrql;
    PBASIC_EXTENSION extension = (PBASIC_EXTENSION)DeviceObject->DeviceExtension;

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_BASIC_ECHO:
        try {
            ProbeForRead(Irp->AssociatedIrp.SystemBuffer,
                         stack->Parameters.DeviceIoControl.InputBufferLength,
                         sizeof(UCHAR));
            KeAcquireSpinLock(&extension->Lock, &oldIrql);
            information = stack->Parameters.DeviceIoControl.InputBufferLength;
            KeReleaseSpinLock(&extension->Lock, oldIrql);
            status = STATUS_SUCCESS;
        } except (EXCEPTION_EXECUTE_HANDLER) {
            status = GetExceptionCode();
        }
        break;
    default:
        break;
    }

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS
BasicCompletion(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_reads_opt_(_Inexpressible_("varies")) PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Context);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    return STATUS_CONTINUE_COMPLETION;
}

VOID
BasicDpc(
    _In_ PKDPC Dpc,
    _In_opt_ PVOID DeferredContext,
    _In_opt_ PVOID SystemArgument1,
    _In_opt_ PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    NT_ASSERT(KeGetCurrentIrql() == DISPATCH_LEVEL);
}
