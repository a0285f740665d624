/*
 * sal_annotations.c - a WDM driver written with the SAL and driver
 * annotations of a WDK-era code base: role types with _Dispatch_type_,
 * _Use_decl_annotations_ on definitions, IRQL annotations, function classes,
 * lock and resource annotations, buffer annotations, the legacy __drv_*
 * forms. The first block checks that every annotation is a macro (the
 * analyzer records them from their expansions). Parse test for
 * testdata/parse/check.sh.
 */

#include <ntddk.h>

/* Every name here must be a macro once ntddk.h is included. */
#if !defined(_Dispatch_type_) || !defined(_Use_decl_annotations_) || \
    !defined(_IRQL_requires_max_) || !defined(_IRQL_requires_) || \
    !defined(_IRQL_requires_min_) || !defined(_IRQL_raises_) || \
    !defined(_IRQL_saves_) || !defined(_IRQL_restores_) || \
    !defined(_IRQL_saves_global_) || !defined(_IRQL_restores_global_) || \
    !defined(_IRQL_requires_same_) || !defined(_IRQL_always_function_max_) || \
    !defined(_IRQL_always_function_min_) || !defined(_IRQL_uses_cancel_) || \
    !defined(_IRQL_is_cancel_) || !defined(_Function_class_) || \
    !defined(_Kernel_requires_resource_held_) || \
    !defined(_Kernel_requires_resource_not_held_) || \
    !defined(_Kernel_acquires_resource_) || !defined(_Kernel_releases_resource_) || \
    !defined(_Kernel_clear_do_init_) || !defined(_Kernel_float_used_) || \
    !defined(_Kernel_float_saved_) || !defined(_Kernel_float_restored_) || \
    !defined(_Acquires_lock_) || !defined(_Releases_lock_) || \
    !defined(_Requires_lock_held_) || !defined(_Requires_lock_not_held_) || \
    !defined(_Acquires_exclusive_lock_) || !defined(_Releases_shared_lock_) || \
    !defined(_When_) || !defined(_At_) || !defined(_Success_) || \
    !defined(_Must_inspect_result_) || !defined(_Check_return_) || \
    !defined(_Inout_updates_bytes_) || !defined(_Pre_) || !defined(_Post_) || \
    !defined(_Ret_maybenull_) || !defined(_Frees_ptr_) || !defined(_Frees_ptr_opt_) || \
    !defined(_Post_satisfies_) || !defined(_Analysis_assume_) || \
    !defined(__analysis_assume) || !defined(_Struct_size_bytes_) || \
    !defined(_Field_size_) || !defined(_Field_size_bytes_) || \
    !defined(_Field_size_part_) || !defined(_Field_size_bytes_part_opt_) || \
    !defined(_Unreferenced_parameter_) || !defined(_Interlocked_operand_)
#error "a SAL/driver annotation macro is missing"
#endif
#if !defined(__drv_dispatchType) || !defined(__drv_dispatchType_other) || \
    !defined(__drv_functionClass) || !defined(__drv_maxIRQL) || \
    !defined(__drv_minIRQL) || !defined(__drv_requiresIRQL) || \
    !defined(__drv_raisesIRQL) || !defined(__drv_savesIRQL) || \
    !defined(__drv_restoresIRQL) || !defined(__drv_sameIRQL) || \
    !defined(__drv_allocatesMem) || !defined(__drv_freesMem) || \
    !defined(__drv_aliasesMem) || !defined(__drv_acquiresResource) || \
    !defined(__drv_releasesResource) || !defined(__drv_mustHold) || \
    !defined(__drv_useCancelIRQL) || !defined(__drv_when) || \
    !defined(__drv_floatUsed) || !defined(__drv_clearDoInit)
#error "a legacy __drv_* annotation macro is missing"
#endif
#if !defined(UNREFERENCED_PARAMETER) || !defined(PAGED_CODE) || \
    !defined(NT_ASSERT) || !defined(NT_VERIFY) || !defined(NT_FRE_ASSERT) || \
    !defined(NT_ANALYSIS_ASSUME) || !defined(RTL_CONSTANT_STRING) || \
    !defined(DECLARE_CONST_UNICODE_STRING) || !defined(DECLARE_UNICODE_STRING_SIZE) || \
    !defined(DECLARE_GLOBAL_CONST_UNICODE_STRING)
#error "a kernel helper macro is missing"
#endif

#define SAL_TAG 'laSU'

typedef struct _SAL_CONTEXT {
    _Guarded_by_(Lock) ULONG Count;
    KSPIN_LOCK Lock;
    FAST_MUTEX Mutex;
    _Field_size_bytes_part_(Capacity, Used) PUCHAR Data;
    ULONG Capacity;
    ULONG Used;
    _Interlocked_ volatile LONG References;
} SAL_CONTEXT, *PSAL_CONTEXT;

typedef struct _SAL_MESSAGE {
    ULONG Size;
    _Field_size_(Count) ULONG Values[1];
    ULONG Count;
} SAL_MESSAGE;

DRIVER_INITIALIZE DriverEntry;

_Function_class_(DRIVER_UNLOAD)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
VOID SalUnload(_In_ PDRIVER_OBJECT DriverObject);

_Dispatch_type_(IRP_MJ_CREATE)
_Dispatch_type_(IRP_MJ_CLOSE)
DRIVER_DISPATCH_PAGED SalCreateClose;

_Dispatch_type_(IRP_MJ_READ)
DRIVER_DISPATCH SalRead;

_Dispatch_type_(IRP_MJ_WRITE)
__drv_dispatchType(IRP_MJ_FLUSH_BUFFERS)
DRIVER_DISPATCH SalWrite;

__drv_dispatchType_other
DRIVER_DISPATCH SalPassThrough;

_Dispatch_type_(IRP_MJ_INTERNAL_DEVICE_CONTROL)
DRIVER_DISPATCH_RAISED SalInternalIoctl;

DRIVER_CANCEL SalCancel;
IO_WORKITEM_ROUTINE SalWorkItem;
IO_CSQ_INSERT_IRP SalCsqInsert;

_IRQL_requires_max_(APC_LEVEL)
_Must_inspect_result_
_Success_(return != FALSE)
static BOOLEAN SalTryReference(_Inout_ PSAL_CONTEXT Context);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_global_(OldIrql, Context->Lock)
_Acquires_lock_(Context->Lock)
_Requires_lock_not_held_(Context->Lock)
static VOID SalLock(_Inout_ PSAL_CONTEXT Context, _Out_ PKIRQL OldIrql);

_IRQL_requires_(DISPATCH_LEVEL)
_IRQL_restores_global_(OldIrql, Context->Lock)
_Releases_lock_(Context->Lock)
_Requires_lock_held_(Context->Lock)
static VOID SalUnlock(_Inout_ PSAL_CONTEXT Context, _In_ KIRQL OldIrql);

_IRQL_requires_max_(APC_LEVEL)
_Acquires_exclusive_lock_(Context->Mutex)
_Kernel_acquires_resource_(FastMutex)
static VOID SalAcquireMutex(_Inout_ PSAL_CONTEXT Context);

_IRQL_requires_(APC_LEVEL)
_Releases_exclusive_lock_(Context->Mutex)
_Kernel_releases_resource_(FastMutex)
static VOID SalReleaseMutex(_Inout_ PSAL_CONTEXT Context);

_IRQL_requires_max_(DISPATCH_LEVEL)
_When_(PoolType == NonPagedPoolNx, _IRQL_requires_max_(DISPATCH_LEVEL))
_When_(PoolType == PagedPool, _IRQL_requires_max_(APC_LEVEL))
__drv_allocatesMem(Mem)
_Ret_maybenull_
_Post_writable_byte_size_(Size)
static PVOID SalAllocate(_In_ __drv_strictTypeMatch(__drv_typeExpr) POOL_TYPE PoolType,
                         _In_ SIZE_T Size);

_IRQL_requires_max_(DISPATCH_LEVEL)
static VOID SalFree(_In_ _Frees_ptr_ __drv_freesMem(Mem) PVOID Buffer);

_IRQL_requires_max_(PASSIVE_LEVEL)
_Kernel_float_used_
static VOID SalUseFloat(_In_reads_(Count) const ULONG *Values, _In_ ULONG Count,
                        _Out_writes_to_(Capacity, *Written) PULONG Output,
                        _In_ ULONG Capacity, _Out_ PULONG Written);

_IRQL_requires_max_(PASSIVE_LEVEL)
_At_(Destination->Buffer, _Post_notnull_)
_On_failure_(_At_(Destination->Length, _Post_equal_to_(0)))
static NTSTATUS SalCopyName(_Inout_ PUNICODE_STRING Destination,
                            _In_ PCUNICODE_STRING Source);

__drv_maxIRQL(DISPATCH_LEVEL)
__drv_raisesIRQL(DISPATCH_LEVEL)
__drv_savesIRQL
static KIRQL SalLegacyRaise(VOID);

__drv_requiresIRQL(DISPATCH_LEVEL)
__drv_restoresIRQL
static VOID SalLegacyLower(__drv_in(__drv_restoresIRQL) KIRQL Irql);

__drv_functionClass(DRIVER_ADD_DEVICE)
__drv_sameIRQL
__drv_maxIRQL(PASSIVE_LEVEL)
static NTSTATUS SalLegacyAddDevice(__in PDRIVER_OBJECT DriverObject,
                                   __in PDEVICE_OBJECT PhysicalDeviceObject);

_Use_decl_annotations_
NTSTATUS
DriverEntry(
    PDRIVER_OBJECT DriverObject,
    PUNICODE_STRING RegistryPath)
{
    ULONG mj;

    UNREFERENCED_PARAMETER(RegistryPath);

    for (mj = 0; mj <= IRP_MJ_MAXIMUM_FUNCTION; mj++) {
        DriverObject->MajorFunction[mj] = SalPassThrough;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SalCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SalCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = SalRead;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = SalWrite;
    DriverObject->MajorFunction[IRP_MJ_FLUSH_BUFFERS] = SalWrite;
    DriverObject->MajorFunction[IRP_MJ_INTERNAL_DEVICE_CONTROL] = SalInternalIoctl;
    DriverObject->DriverExtension->AddDevice = SalLegacyAddDevice;
    DriverObject->DriverUnload = SalUnload;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID
SalUnload(
    PDRIVER_OBJECT DriverObject)
{
    PAGED_CODE();
    UNREFERENCED_PARAMETER(DriverObject);
}

_Use_decl_annotations_
NTSTATUS
SalCreateClose(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp)
{
    PAGED_CODE();
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS
SalRead(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp)
{
    PSAL_CONTEXT context = (PSAL_CONTEXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    SalLock(context, &oldIrql);
    context->Count++;
    SalUnlock(context, oldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS
SalWrite(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp)
{
    return SalRead(DeviceObject, Irp);
}

_Use_decl_annotations_
NTSTATUS
SalPassThrough(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_NOT_SUPPORTED;
}

_Use_decl_annotations_
NTSTATUS
SalInternalIoctl(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp)
{
    return SalPassThrough(DeviceObject, Irp);
}

_Use_decl_annotations_
VOID
SalCancel(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    IoReleaseCancelSpinLock(Irp->CancelIrql);
    Irp->IoStatus.Status = STATUS_CANCELLED;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

_Use_decl_annotations_
VOID
SalWorkItem(
    PDEVICE_OBJECT DeviceObject,
    PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Context);
    PAGED_CODE();
}

_Use_decl_annotations_
VOID
SalCsqInsert(
    struct _IO_CSQ *Csq,
    PIRP Irp)
{
    UNREFERENCED_PARAMETER(Csq);
    UNREFERENCED_PARAMETER(Irp);
}

_Use_decl_annotations_
static BOOLEAN
SalTryReference(
    PSAL_CONTEXT Context)
{
    return InterlockedIncrement(&Context->References) > 1;
}

_Use_decl_annotations_
static VOID
SalLock(
    PSAL_CONTEXT Context,
    PKIRQL OldIrql)
{
    KeAcquireSpinLock(&Context->Lock, OldIrql);
}

_Use_decl_annotations_
static VOID
SalUnlock(
    PSAL_CONTEXT Context,
    KIRQL OldIrql)
{
    KeReleaseSpinLock(&Context->Lock, OldIrql);
}

_Use_decl_annotations_
static VOID
SalAcquireMutex(
    PSAL_CONTEXT Context)
{
    ExAcquireFastMutex(&Context->Mutex);
}

_Use_decl_annotations_
static VOID
SalReleaseMutex(
    PSAL_CONTEXT Context)
{
    ExReleaseFastMutex(&Context->Mutex);
}

_Use_decl_annotations_
static PVOID
SalAllocate(
    POOL_TYPE PoolType,
    SIZE_T Size)
{
    return ExAllocatePoolWithTag(PoolType, Size, SAL_TAG);
}

_Use_decl_annotations_
static VOID
SalFree(
    PVOID Buffer)
{
    ExFreePoolWithTag(Buffer, SAL_TAG);
}

_Use_decl_annotations_
static VOID
SalUseFloat(
    const ULONG *Values,
    ULONG Count,
    PULONG Output,
    ULONG Capacity,
    PULONG Written)
{
    ULONG i;
    *Written = 0;
    for (i = 0; i < Count && i < Capacity; i++) {
        Output[i] = Values[i];
        (*Written)++;
    }
    _Analysis_assume_(*Written <= Capacity);
    __analysis_assume(*Written <= Count);
    NT_ANALYSIS_ASSUME(*Written <= Capacity);
}

_Use_decl_annotations_
static NTSTATUS
SalCopyName(
    PUNICODE_STRING Destination,
    PCUNICODE_STRING Source)
{
    RtlCopyUnicodeString(Destination, Source);
    return STATUS_SUCCESS;
}

static KIRQL
SalLegacyRaise(VOID)
{
    KIRQL old;
    KeRaiseIrql(DISPATCH_LEVEL, &old);
    return old;
}

static VOID
SalLegacyLower(KIRQL Irql)
{
    KeLowerIrql(Irql);
}

static NTSTATUS
SalLegacyAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(PhysicalDeviceObject);
    return STATUS_SUCCESS;
}
