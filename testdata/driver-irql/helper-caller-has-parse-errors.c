// unloadcheck-test: allow-errors
// driver-irql: ListCloseEntry calls ZwClose (PASSIVE_LEVEL only). One caller
// calls it while holding a fast mutex (APC_LEVEL); the other caller's body
// has a parse error, so the IRQL it calls at is unknown and "every caller is
// at APC_LEVEL" cannot be claimed. Silent. helper-called-only-under-lock.c is
// the firing twin.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD ListUnload;
_Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH ListClose;

static FAST_MUTEX gListMutex;
static HANDLE gEntryHandle;

static VOID ListCloseEntry(VOID)
{
    if (gEntryHandle != NULL) {
        ZwClose(gEntryHandle);
        gEntryHandle = NULL;
    }
}

_Use_decl_annotations_
NTSTATUS ListClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    ExAcquireFastMutex(&gListMutex);
    ListCloseEntry();
    ExReleaseFastMutex(&gListMutex);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID ListUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    ListCloseEntry();
    ListForgetEverything(gEntryHandle, UNDECLARED_FLAG);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    ExInitializeFastMutex(&gListMutex);
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = ListClose;
    DriverObject->DriverUnload = ListUnload;
    return STATUS_SUCCESS;
}
