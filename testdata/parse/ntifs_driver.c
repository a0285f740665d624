/*
 * ntifs_driver.c - a legacy file-system filter style driver in C built on
 * <ntifs.h>: file-system registration notifications (DRIVER_FS_NOTIFICATION),
 * a fast I/O table, an AVL table with role-typed callbacks, registry
 * transaction (KTM) enlistment callbacks, image verification callbacks,
 * DWORD in kernel code. Parse test for testdata/parse/check.sh.
 */

#include <ntifs.h>
#include <ntstrsafe.h>

#define IFS_TAG 'sfIU'

typedef struct _IFS_ENTRY {
    HANDLE ProcessId;
    ULONG Opens;
} IFS_ENTRY, *PIFS_ENTRY;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD IfsUnload;
DRIVER_FS_NOTIFICATION IfsFsNotification;
FAST_IO_CHECK_IF_POSSIBLE IfsFastIoCheckIfPossible;
FAST_IO_DETACH_DEVICE IfsFastIoDetachDevice;
RTL_AVL_COMPARE_ROUTINE IfsCompare;
RTL_AVL_ALLOCATE_ROUTINE IfsAllocate;
RTL_AVL_FREE_ROUTINE IfsFree;
TM_RM_NOTIFICATION IfsTransactionNotification;
SE_IMAGE_VERIFICATION_CALLBACK_FUNCTION IfsImageVerification;

static FAST_IO_DISPATCH g_FastIo;
static RTL_AVL_TABLE g_Table;
static FAST_MUTEX g_TableLock;
static PVOID g_ImageCallback;
static DWORD g_Generation;

NTSTATUS
DriverEntry(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;
    WCHAR buffer[128];

    status = RtlStringCchCopyUnicodeString(buffer, RTL_NUMBER_OF(buffer), RegistryPath);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    RtlZeroMemory(&g_FastIo, sizeof(g_FastIo));
    g_FastIo.SizeOfFastIoDispatch = sizeof(FAST_IO_DISPATCH);
    g_FastIo.FastIoCheckIfPossible = IfsFastIoCheckIfPossible;
    g_FastIo.FastIoDetachDevice = IfsFastIoDetachDevice;
    DriverObject->FastIoDispatch = &g_FastIo;

    ExInitializeFastMutex(&g_TableLock);
    RtlInitializeGenericTableAvl(&g_Table, IfsCompare, IfsAllocate, IfsFree, NULL);

    status = IoRegisterFsRegistrationChange(DriverObject, IfsFsNotification);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = SeRegisterImageVerificationCallback(SeImageTypeDriver,
                                                 SeImageVerificationCallbackInformational,
                                                 IfsImageVerification, NULL, NULL,
                                                 &g_ImageCallback);
    if (!NT_SUCCESS(status)) {
        g_ImageCallback = NULL;
    }

    g_Generation = 1;
    DriverObject->DriverUnload = IfsUnload;
    return STATUS_SUCCESS;
}

VOID
IfsUnload(
    _In_ PDRIVER_OBJECT DriverObject)
{
    PVOID entry;

    if (g_ImageCallback != NULL) {
        SeUnregisterImageVerificationCallback(g_ImageCallback);
    }
    IoUnregisterFsRegistrationChange(DriverObject, IfsFsNotification);

    ExAcquireFastMutex(&g_TableLock);
    while ((entry = RtlGetElementGenericTableAvl(&g_Table, 0)) != NULL) {
        RtlDeleteElementGenericTableAvl(&g_Table, entry);
    }
    ExReleaseFastMutex(&g_TableLock);
}

VOID
IfsFsNotification(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ BOOLEAN FsActive)
{
    POBJECT_NAME_INFORMATION nameInfo;
    ULONG length = 0;

    if (!FsActive) {
        return;
    }
    nameInfo = (POBJECT_NAME_INFORMATION)ExAllocatePool2(POOL_FLAG_PAGED, 512, IFS_TAG);
    if (nameInfo != NULL) {
        (void)ObQueryNameString(DeviceObject, nameInfo, 512, &length);
        ExFreePoolWithTag(nameInfo, IFS_TAG);
    }
}

BOOLEAN
IfsFastIoCheckIfPossible(
    _In_ PFILE_OBJECT FileObject,
    _In_ PLARGE_INTEGER FileOffset,
    _In_ ULONG Length,
    _In_ BOOLEAN Wait,
    _In_ ULONG LockKey,
    _In_ BOOLEAN CheckForReadOperation,
    _Out_ PIO_STATUS_BLOCK IoStatus,
    _In_ PDEVICE_OBJECT DeviceObject)
{
    PEPROCESS initiator = IoGetInitiatorProcess(FileObject);
    UNREFERENCED_PARAMETER(FileOffset);
    UNREFERENCED_PARAMETER(Length);
    UNREFERENCED_PARAMETER(Wait);
    UNREFERENCED_PARAMETER(LockKey);
    UNREFERENCED_PARAMETER(CheckForReadOperation);
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(initiator);
    IoStatus->Status = STATUS_SUCCESS;
    IoStatus->Information = 0;
    return FALSE;
}

VOID
IfsFastIoDetachDevice(
    _In_ PDEVICE_OBJECT SourceDevice,
    _In_ PDEVICE_OBJECT TargetDevice)
{
    IoDetachDevice(TargetDevice);
    IoDeleteDevice(SourceDevice);
}

RTL_GENERIC_COMPARE_RESULTS
IfsCompare(
    _In_ struct _RTL_AVL_TABLE *Table,
    _In_ PVOID FirstStruct,
    _In_ PVOID SecondStruct)
{
    PIFS_ENTRY first = (PIFS_ENTRY)FirstStruct;
    PIFS_ENTRY second = (PIFS_ENTRY)SecondStruct;
    UNREFERENCED_PARAMETER(Table);
    if (first->ProcessId < second->ProcessId) {
        return GenericLessThan;
    }
    if (first->ProcessId > second->ProcessId) {
        return GenericGreaterThan;
    }
    return GenericEqual;
}

PVOID
IfsAllocate(
    _In_ struct _RTL_AVL_TABLE *Table,
    _In_ CLONG ByteSize)
{
    UNREFERENCED_PARAMETER(Table);
    return ExAllocatePool2(POOL_FLAG_PAGED, ByteSize, IFS_TAG);
}

VOID
IfsFree(
    _In_ struct _RTL_AVL_TABLE *Table,
    _In_ PVOID Buffer)
{
    UNREFERENCED_PARAMETER(Table);
    ExFreePoolWithTag(Buffer, IFS_TAG);
}

NTSTATUS
IfsTransactionNotification(
    _In_ PKENLISTMENT EnlistmentObject,
    _In_ PVOID RMContext,
    _In_ PVOID TransactionContext,
    _In_ ULONG TransactionNotification,
    _Inout_ PLARGE_INTEGER TmVirtualClock,
    _In_ ULONG ArgumentLength,
    _In_ PVOID Argument)
{
    UNREFERENCED_PARAMETER(RMContext);
    UNREFERENCED_PARAMETER(TransactionContext);
    UNREFERENCED_PARAMETER(ArgumentLength);
    UNREFERENCED_PARAMETER(Argument);
    if (TransactionNotification == TRANSACTION_NOTIFY_COMMIT) {
        return TmCommitComplete(EnlistmentObject, TmVirtualClock);
    }
    return TmRollbackComplete(EnlistmentObject, TmVirtualClock);
}

VOID
IfsImageVerification(
    _In_opt_ PVOID CallbackContext,
    _In_ SE_IMAGE_TYPE ImageType,
    _Inout_ PBDCB_IMAGE_INFORMATION ImageInformation)
{
    UNREFERENCED_PARAMETER(CallbackContext);
    UNREFERENCED_PARAMETER(ImageType);
    UNREFERENCED_PARAMETER(ImageInformation);
    InterlockedIncrement((volatile LONG *)&g_Generation);
}
