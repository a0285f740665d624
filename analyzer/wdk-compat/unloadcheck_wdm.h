/*
 * unloadcheck_wdm.h - wdm.h-level declarations mingw-w64 lacks.
 *
 * Part of unloadcheck's WDK-compatibility headers (see README.md here).
 * Written for unloadcheck from the documented shapes of these DDIs; not
 * derived from the Windows Driver Kit.
 *
 * Included by the wdm.h wrapper after mingw-w64's wdm.h. Only things mingw-w64
 * (10.0) does not declare at all are here: newer DDIs (pool allocation with
 * POOL_FLAGS, ExFreePool2, IoCreateSystemThread, driver/device directories,
 * ...), function role types that mingw-w64 only declares as pointer types,
 * and a few macros drivers use. They are declared whatever NTDDI_VERSION says:
 * an analyzer should accept code that a newer WDK accepts.
 *
 * Declarations only: routines the WDK implements as inline functions are
 * plain prototypes here, without NTKERNELAPI (dllimport), so that a driver
 * that carries its own fallback definition still parses.
 */

#ifndef _UNLOADCHECK_WDM_EXTRAS_H_
#define _UNLOADCHECK_WDM_EXTRAS_H_

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------ */
/* General macros                                                           */
/* ------------------------------------------------------------------------ */

#ifndef EXTERN_C_START
#ifdef __cplusplus
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#define EXTERN_C_START
#define EXTERN_C_END
#endif
#endif

/*
 * Structured exception handling keywords without underscores. Microsoft's C
 * compiler headers map try/except/finally/leave to __try/__except/__finally/
 * __leave for C code (the WDM samples use them); mingw-w64's excpt.h does not.
 * C++ keeps its own try.
 */
#ifndef __cplusplus
#ifndef try
#define try __try
#endif
#ifndef except
#define except __except
#endif
#ifndef finally
#define finally __finally
#endif
#ifndef leave
#define leave __leave
#endif
#endif

#ifndef DECLSPEC_RESTRICT
#define DECLSPEC_RESTRICT __declspec(restrict)
#endif

/* The WDK's form is an expression; mingw-w64's `{(P) = (P);}` is an
 * assignment, which rejects `UNREFERENCED_PARAMETER(Cookie = NULL)` and reads
 * to the analysis as a copy of the parameter. */
#undef UNREFERENCED_PARAMETER
#define UNREFERENCED_PARAMETER(P) (P)

#ifndef DECLSPEC_NOVTABLE
#define DECLSPEC_NOVTABLE __declspec(novtable)
#endif

#ifndef DECLSPEC_UUID
#define DECLSPEC_UUID(x) __declspec(uuid(x))
#endif

#ifndef DECLSPEC_EXPORT
#define DECLSPEC_EXPORT __declspec(dllexport)
#endif

#ifndef DECLSPEC_DEPRECATED
#define DECLSPEC_DEPRECATED __declspec(deprecated)
#endif

#ifndef DECLSPEC_NOTHROW
#define DECLSPEC_NOTHROW __declspec(nothrow)
#endif

/* clang has no __declspec(no_init_all); the annotation changes nothing here. */
#ifndef DECLSPEC_NOINITALL
#define DECLSPEC_NOINITALL
#endif

#ifndef DECLSPEC_GUARDNOCF
#define DECLSPEC_GUARDNOCF
#endif

#ifndef NT_ANALYSIS_ASSUME
#define NT_ANALYSIS_ASSUME(_exp) _Analysis_assume_(_exp)
#endif

/* Asserts that stay in free (release) builds. */
#ifndef NT_FRE_ASSERT
#define NT_FRE_ASSERT(_exp) \
    ((!(_exp)) ? (DbgRaiseAssertionFailure(), FALSE) : TRUE)
#endif
#ifndef NT_FRE_ASSERTMSG
#define NT_FRE_ASSERTMSG(_msg, _exp) NT_FRE_ASSERT(_exp)
#endif
#ifndef NT_FRE_ASSERTMSGW
#define NT_FRE_ASSERTMSGW(_msg, _exp) NT_FRE_ASSERT(_exp)
#endif

#ifndef DECLARE_GLOBAL_CONST_UNICODE_STRING
#define DECLARE_GLOBAL_CONST_UNICODE_STRING(_var, _string) \
    extern const DECLSPEC_SELECTANY UNICODE_STRING _var = RTL_CONSTANT_STRING(_string)
#endif

#ifndef KeMemoryBarrier
#define KeMemoryBarrier() __faststorefence()
#endif
#ifndef KeMemoryBarrierWithoutFence
#define KeMemoryBarrierWithoutFence() _ReadWriteBarrier()
#endif

/*
 * mingw-w64 does not parenthesise the argument, so the usual
 * KeInitializeCallbackRecord(&Record) expands to &Record->State. Same effect,
 * written so that the address-of form parses.
 */
#undef KeInitializeCallbackRecord
#define KeInitializeCallbackRecord(CallbackRecord) \
    ((CallbackRecord)->State = BufferEmpty)

/* Extra MM_PAGE_PRIORITY bits for MmGetSystemAddressForMdlSafe & co. */
#ifndef MdlMappingNoWrite
#define MdlMappingNoWrite 0x80000000
#endif
#ifndef MdlMappingNoExecute
#define MdlMappingNoExecute 0x40000000
#endif
#ifndef MdlMappingWithGuardPtes
#define MdlMappingWithGuardPtes 0x20000000
#endif

/* Process and thread access rights (ObRegisterCallbacks filters use them). */
#ifndef PROCESS_TERMINATE
#define PROCESS_TERMINATE 0x0001
#endif
#ifndef PROCESS_CREATE_THREAD
#define PROCESS_CREATE_THREAD 0x0002
#endif
#ifndef PROCESS_SET_SESSIONID
#define PROCESS_SET_SESSIONID 0x0004
#endif
#ifndef PROCESS_VM_OPERATION
#define PROCESS_VM_OPERATION 0x0008
#endif
#ifndef PROCESS_VM_READ
#define PROCESS_VM_READ 0x0010
#endif
#ifndef PROCESS_VM_WRITE
#define PROCESS_VM_WRITE 0x0020
#endif
#ifndef PROCESS_DUP_HANDLE
#define PROCESS_DUP_HANDLE 0x0040
#endif
#ifndef PROCESS_CREATE_PROCESS
#define PROCESS_CREATE_PROCESS 0x0080
#endif
#ifndef PROCESS_SET_QUOTA
#define PROCESS_SET_QUOTA 0x0100
#endif
#ifndef PROCESS_SET_INFORMATION
#define PROCESS_SET_INFORMATION 0x0200
#endif
#ifndef PROCESS_QUERY_INFORMATION
#define PROCESS_QUERY_INFORMATION 0x0400
#endif
#ifndef PROCESS_SUSPEND_RESUME
#define PROCESS_SUSPEND_RESUME 0x0800
#endif
#ifndef PROCESS_QUERY_LIMITED_INFORMATION
#define PROCESS_QUERY_LIMITED_INFORMATION 0x1000
#endif
#ifndef PROCESS_SET_LIMITED_INFORMATION
#define PROCESS_SET_LIMITED_INFORMATION 0x2000
#endif
#ifndef THREAD_TERMINATE
#define THREAD_TERMINATE 0x0001
#endif
#ifndef THREAD_SUSPEND_RESUME
#define THREAD_SUSPEND_RESUME 0x0002
#endif
#ifndef THREAD_GET_CONTEXT
#define THREAD_GET_CONTEXT 0x0008
#endif
#ifndef THREAD_SET_CONTEXT
#define THREAD_SET_CONTEXT 0x0010
#endif
#ifndef THREAD_SET_INFORMATION
#define THREAD_SET_INFORMATION 0x0020
#endif
#ifndef THREAD_QUERY_INFORMATION
#define THREAD_QUERY_INFORMATION 0x0040
#endif
#ifndef THREAD_SET_THREAD_TOKEN
#define THREAD_SET_THREAD_TOKEN 0x0080
#endif
#ifndef THREAD_IMPERSONATE
#define THREAD_IMPERSONATE 0x0100
#endif
#ifndef THREAD_DIRECT_IMPERSONATION
#define THREAD_DIRECT_IMPERSONATION 0x0200
#endif
#ifndef THREAD_SET_LIMITED_INFORMATION
#define THREAD_SET_LIMITED_INFORMATION 0x0400
#endif
#ifndef THREAD_QUERY_LIMITED_INFORMATION
#define THREAD_QUERY_LIMITED_INFORMATION 0x0800
#endif
#ifndef THREAD_RESUME
#define THREAD_RESUME 0x1000
#endif

typedef struct _KPROCESS *PRKPROCESS;

/* ------------------------------------------------------------------------ */
/* Function role types that mingw-w64 declares only as pointer types         */
/* ------------------------------------------------------------------------ */

/*
 * Dispatch routines that run only at PASSIVE_LEVEL (pageable) or that may be
 * called at raised IRQL. Both keep the DRIVER_DISPATCH function class so they
 * can be stored in DriverObject->MajorFunction[].
 */
typedef
_Function_class_(DRIVER_DISPATCH)
_IRQL_requires_max_(PASSIVE_LEVEL)
_IRQL_requires_same_
NTSTATUS
NTAPI
DRIVER_DISPATCH_PAGED(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ struct _IRP *Irp);

typedef
_Function_class_(DRIVER_DISPATCH)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
NTSTATUS
NTAPI
DRIVER_DISPATCH_RAISED(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ struct _IRP *Irp);

typedef
_IRQL_requires_same_
_Function_class_(ALLOCATE_FUNCTION)
PVOID
NTAPI
ALLOCATE_FUNCTION(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

typedef
_IRQL_requires_same_
_Function_class_(FREE_FUNCTION)
VOID
NTAPI
FREE_FUNCTION(
    _In_ __drv_freesMem(Mem) PVOID Buffer);

typedef
_IRQL_requires_same_
_Function_class_(ALLOCATE_FUNCTION_EX)
PVOID
NTAPI
ALLOCATE_FUNCTION_EX(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _Inout_ PLOOKASIDE_LIST_EX Lookaside);

typedef
_IRQL_requires_same_
_Function_class_(FREE_FUNCTION_EX)
VOID
NTAPI
FREE_FUNCTION_EX(
    _In_ __drv_freesMem(Mem) PVOID Buffer,
    _Inout_ PLOOKASIDE_LIST_EX Lookaside);

typedef
_IRQL_requires_max_(PASSIVE_LEVEL)
_Function_class_(RTL_QUERY_REGISTRY_ROUTINE)
NTSTATUS
NTAPI
RTL_QUERY_REGISTRY_ROUTINE(
    _In_z_ PWSTR ValueName,
    _In_ ULONG ValueType,
    _In_reads_bytes_opt_(ValueLength) PVOID ValueData,
    _In_ ULONG ValueLength,
    _In_opt_ PVOID Context,
    _In_opt_ PVOID EntryContext);

typedef
_IRQL_requires_max_(PASSIVE_LEVEL)
_Function_class_(IO_CONTAINER_NOTIFICATION_FUNCTION)
NTSTATUS
NTAPI
IO_CONTAINER_NOTIFICATION_FUNCTION(
    VOID);

typedef
_IRQL_requires_max_(PASSIVE_LEVEL)
_Function_class_(ETWENABLECALLBACK)
VOID
NTAPI
ETWENABLECALLBACK(
    _In_ LPCGUID SourceId,
    _In_ ULONG ControlCode,
    _In_ UCHAR Level,
    _In_ ULONGLONG MatchAnyKeyword,
    _In_ ULONGLONG MatchAllKeyword,
    _In_opt_ PEVENT_FILTER_DESCRIPTOR FilterData,
    _Inout_opt_ PVOID CallbackContext);

/* Cancel-safe IRP queue callbacks (mingw-w64's csq.h skips these when wdm.h
   already defined IO_CSQ). */
typedef
_IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(IO_CSQ_INSERT_IRP)
VOID
NTAPI
IO_CSQ_INSERT_IRP(
    _In_ struct _IO_CSQ *Csq,
    _In_ PIRP Irp);

typedef
_IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(IO_CSQ_REMOVE_IRP)
VOID
NTAPI
IO_CSQ_REMOVE_IRP(
    _In_ struct _IO_CSQ *Csq,
    _In_ PIRP Irp);

typedef
_IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(IO_CSQ_PEEK_NEXT_IRP)
PIRP
NTAPI
IO_CSQ_PEEK_NEXT_IRP(
    _In_ struct _IO_CSQ *Csq,
    _In_opt_ PIRP Irp,
    _In_opt_ PVOID PeekContext);

typedef
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_Function_class_(IO_CSQ_ACQUIRE_LOCK)
VOID
NTAPI
IO_CSQ_ACQUIRE_LOCK(
    _In_ struct _IO_CSQ *Csq,
    _Out_ _At_(*Irql, _IRQL_saves_) PKIRQL Irql);

typedef
_IRQL_requires_(DISPATCH_LEVEL)
_Function_class_(IO_CSQ_RELEASE_LOCK)
VOID
NTAPI
IO_CSQ_RELEASE_LOCK(
    _In_ struct _IO_CSQ *Csq,
    _In_ _IRQL_restores_ KIRQL Irql);

typedef
_IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(IO_CSQ_COMPLETE_CANCELED_IRP)
VOID
NTAPI
IO_CSQ_COMPLETE_CANCELED_IRP(
    _In_ struct _IO_CSQ *Csq,
    _In_ PIRP Irp);

/* ------------------------------------------------------------------------ */
/* Pool allocation with POOL_FLAGS (Windows 10 2004 and later)               */
/* ------------------------------------------------------------------------ */

typedef ULONG64 POOL_FLAGS;

#ifndef POOL_FLAG_REQUIRED_START
#define POOL_FLAG_REQUIRED_START          0x0000000000000001ULL
#define POOL_FLAG_USE_QUOTA               0x0000000000000001ULL
#define POOL_FLAG_UNINITIALIZED           0x0000000000000002ULL
#define POOL_FLAG_SESSION                 0x0000000000000004ULL
#define POOL_FLAG_CACHE_ALIGNED           0x0000000000000008ULL
#define POOL_FLAG_RESERVED1               0x0000000000000010ULL
#define POOL_FLAG_RAISE_ON_FAILURE        0x0000000000000020ULL
#define POOL_FLAG_NON_PAGED               0x0000000000000040ULL
#define POOL_FLAG_NON_PAGED_EXECUTE       0x0000000000000080ULL
#define POOL_FLAG_PAGED                   0x0000000000000100ULL
#define POOL_FLAG_RESERVED2               0x0000000000000200ULL
#define POOL_FLAG_RESERVED3               0x0000000000000400ULL
#define POOL_FLAG_REQUIRED_END            0x0000000080000000ULL
#define POOL_FLAG_OPTIONAL_START          0x0000000100000000ULL
#define POOL_FLAG_SPECIAL_POOL            0x0000000100000000ULL
#define POOL_FLAG_OPTIONAL_END            0x8000000000000000ULL
#endif

typedef enum _POOL_EXTENDED_PARAMETER_TYPE {
    PoolExtendedParameterInvalidType = 0,
    PoolExtendedParameterPriority,
    PoolExtendedParameterSecurePool,
    PoolExtendedParameterNumaNode,
    PoolExtendedParameterMax
} POOL_EXTENDED_PARAMETER_TYPE, *PPOOL_EXTENDED_PARAMETER_TYPE;

#define POOL_EXTENDED_PARAMETER_TYPE_BITS    8
#define POOL_EXTENDED_PARAMETER_REQUIRED_FIELD_BITS 1
#define POOL_EXTENDED_PARAMETER_RESERVED_BITS \
    (64 - POOL_EXTENDED_PARAMETER_TYPE_BITS - POOL_EXTENDED_PARAMETER_REQUIRED_FIELD_BITS)

#define SECURE_POOL_FLAGS_NONE       0x0
#define SECURE_POOL_FLAGS_FREEABLE   0x1
#define SECURE_POOL_FLAGS_MODIFIABLE 0x2

typedef struct _POOL_EXTENDED_PARAMS_SECURE_POOL {
    HANDLE SecurePoolHandle;
    PVOID Buffer;
    ULONG_PTR Cookie;
    ULONG SecurePoolFlags;
} POOL_EXTENDED_PARAMS_SECURE_POOL;

typedef ULONG POOL_NODE_REQUIREMENT;

typedef struct _POOL_EXTENDED_PARAMETER {
    struct {
        ULONG64 Type : POOL_EXTENDED_PARAMETER_TYPE_BITS;
        ULONG64 Optional : POOL_EXTENDED_PARAMETER_REQUIRED_FIELD_BITS;
        ULONG64 Reserved : POOL_EXTENDED_PARAMETER_RESERVED_BITS;
    };
    union {
        ULONG64 Reserved2;
        PVOID Reserved3;
        EX_POOL_PRIORITY Priority;
        POOL_EXTENDED_PARAMS_SECURE_POOL *SecurePoolParams;
        POOL_NODE_REQUIREMENT PreferredNode;
    };
} POOL_EXTENDED_PARAMETER, *PPOOL_EXTENDED_PARAMETER;

typedef const POOL_EXTENDED_PARAMETER *PCPOOL_EXTENDED_PARAMETER;

_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
_When_((Flags & POOL_FLAG_RAISE_ON_FAILURE) == 0, _Must_inspect_result_ _Ret_maybenull_)
_When_((Flags & POOL_FLAG_RAISE_ON_FAILURE) != 0, _Ret_notnull_)
_Post_writable_byte_size_(NumberOfBytes)
NTKERNELAPI
DECLSPEC_RESTRICT
PVOID
NTAPI
ExAllocatePool2(
    _In_ POOL_FLAGS Flags,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
_When_((Flags & POOL_FLAG_RAISE_ON_FAILURE) == 0, _Must_inspect_result_ _Ret_maybenull_)
_When_((Flags & POOL_FLAG_RAISE_ON_FAILURE) != 0, _Ret_notnull_)
_Post_writable_byte_size_(NumberOfBytes)
NTKERNELAPI
DECLSPEC_RESTRICT
PVOID
NTAPI
ExAllocatePool3(
    _In_ POOL_FLAGS Flags,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _In_reads_opt_(ExtendedParametersCount) PCPOOL_EXTENDED_PARAMETER ExtendedParameters,
    _In_ ULONG ExtendedParametersCount);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
ExFreePool2(
    _Pre_notnull_ __drv_freesMem(Mem) PVOID P,
    _In_ ULONG Tag,
    _In_reads_opt_(ExtendedParametersCount) PCPOOL_EXTENDED_PARAMETER ExtendedParameters,
    _In_ ULONG ExtendedParametersCount);

/* Inline helpers in the WDK (they work on older systems too). */
_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
_Must_inspect_result_
_Ret_maybenull_
_Post_writable_byte_size_(NumberOfBytes)
DECLSPEC_RESTRICT
PVOID
ExAllocatePoolZero(
    _In_ __drv_strictTypeMatch(__drv_typeExpr) POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
_Must_inspect_result_
_Ret_maybenull_
_Post_writable_byte_size_(NumberOfBytes)
DECLSPEC_RESTRICT
PVOID
ExAllocatePoolUninitialized(
    _In_ __drv_strictTypeMatch(__drv_typeExpr) POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
_Ret_notnull_
_Post_writable_byte_size_(NumberOfBytes)
DECLSPEC_RESTRICT
PVOID
ExAllocatePoolQuotaZero(
    _In_ __drv_strictTypeMatch(__drv_typeExpr) POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
_Ret_notnull_
_Post_writable_byte_size_(NumberOfBytes)
DECLSPEC_RESTRICT
PVOID
ExAllocatePoolQuotaUninitialized(
    _In_ __drv_strictTypeMatch(__drv_typeExpr) POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
_Must_inspect_result_
_Ret_maybenull_
_Post_writable_byte_size_(NumberOfBytes)
DECLSPEC_RESTRICT
PVOID
ExAllocatePoolPriorityZero(
    _In_ __drv_strictTypeMatch(__drv_typeExpr) POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _In_ EX_POOL_PRIORITY Priority);

_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
_Must_inspect_result_
_Ret_maybenull_
_Post_writable_byte_size_(NumberOfBytes)
DECLSPEC_RESTRICT
PVOID
ExAllocatePoolPriorityUninitialized(
    _In_ __drv_strictTypeMatch(__drv_typeExpr) POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _In_ EX_POOL_PRIORITY Priority);

/* Opt-in to no-execute non-paged pool (POOL_NX_OPTIN). */
#ifndef DrvRtPoolNxOptIn
#define DrvRtPoolNxOptIn 0x00000001
#endif

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
ExInitializeDriverRuntime(
    _In_ ULONG RuntimeFlags);

/* ------------------------------------------------------------------------ */
/* Threads, timers, processors                                              */
/* ------------------------------------------------------------------------ */

/* Like PsCreateSystemThread, but the thread holds a reference on IoObject
   (a driver or device object) so the driver cannot unload under it. */
_IRQL_requires_max_(PASSIVE_LEVEL)
_Must_inspect_result_
NTKERNELAPI
NTSTATUS
NTAPI
IoCreateSystemThread(
    _Inout_ PVOID IoObject,
    _Out_ PHANDLE ThreadHandle,
    _In_ ULONG DesiredAccess,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ HANDLE ProcessHandle,
    _Out_opt_ PCLIENT_ID ClientId,
    _In_ PKSTART_ROUTINE StartRoutine,
    _In_opt_ PVOID StartContext);

/* ExDeleteTimer parameters (the WDK initialises them inline). */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
ExInitializeDeleteTimerParameters(
    _Out_ PEXT_DELETE_PARAMETERS Parameters);

_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI
ULONG64
NTAPI
KeQueryInterruptTimePrecise(
    _Out_ PULONG64 QpcTimeStamp);

_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI
VOID
NTAPI
KeQuerySystemTimePrecise(
    _Out_ PLARGE_INTEGER CurrentTime);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
LOGICAL
NTAPI
KeShouldYieldProcessor(
    VOID);

/* On x64 the WDK provides these for source compatibility with x86. */
_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
_Kernel_float_saved_
_At_(*FloatSave, _Kernel_requires_resource_not_held_(FloatState) _Kernel_acquires_resource_(FloatState))
NTSTATUS
KeSaveFloatingPointState(
    _Out_ PKFLOATING_SAVE FloatSave);

_Success_(1)
_IRQL_requires_max_(DISPATCH_LEVEL)
_Kernel_float_restored_
_At_(*FloatSave, _Kernel_requires_resource_held_(FloatState) _Kernel_releases_resource_(FloatState))
NTSTATUS
KeRestoreFloatingPointState(
    _In_ PKFLOATING_SAVE FloatSave);

/* Executive spin locks (reader/writer spin locks). */
typedef volatile LONG EX_SPIN_LOCK, *PEX_SPIN_LOCK;

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_saves_
_IRQL_raises_(DISPATCH_LEVEL)
NTKERNELAPI
KIRQL
NTAPI
ExAcquireSpinLockShared(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
ExAcquireSpinLockSharedAtDpcLevel(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI
LOGICAL
NTAPI
ExTryAcquireSpinLockSharedAtDpcLevel(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
ExReleaseSpinLockShared(
    _Inout_ PEX_SPIN_LOCK SpinLock,
    _In_ _IRQL_restores_ KIRQL OldIrql);

_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
ExReleaseSpinLockSharedFromDpcLevel(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_saves_
_IRQL_raises_(DISPATCH_LEVEL)
NTKERNELAPI
KIRQL
NTAPI
ExAcquireSpinLockExclusive(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
ExAcquireSpinLockExclusiveAtDpcLevel(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI
LOGICAL
NTAPI
ExTryAcquireSpinLockExclusiveAtDpcLevel(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI
LOGICAL
NTAPI
ExTryConvertSharedSpinLockExclusive(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
ExReleaseSpinLockExclusive(
    _Inout_ PEX_SPIN_LOCK SpinLock,
    _In_ _IRQL_restores_ KIRQL OldIrql);

_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
ExReleaseSpinLockExclusiveFromDpcLevel(
    _Inout_ PEX_SPIN_LOCK SpinLock);

/*
 * Plain and acquire/release memory accesses. The WDK implements them inline;
 * here they are prototypes so calls type-check.
 */
CHAR ReadNoFence8(_In_reads_bytes_(1) const volatile CHAR *Source);
CHAR ReadAcquire8(_In_reads_bytes_(1) const volatile CHAR *Source);
VOID WriteNoFence8(_Out_writes_bytes_all_(1) volatile CHAR *Destination, _In_ CHAR Value);
VOID WriteRelease8(_Out_writes_bytes_all_(1) volatile CHAR *Destination, _In_ CHAR Value);
SHORT ReadNoFence16(_In_reads_bytes_(2) const volatile SHORT *Source);
SHORT ReadAcquire16(_In_reads_bytes_(2) const volatile SHORT *Source);
VOID WriteNoFence16(_Out_writes_bytes_all_(2) volatile SHORT *Destination, _In_ SHORT Value);
VOID WriteRelease16(_Out_writes_bytes_all_(2) volatile SHORT *Destination, _In_ SHORT Value);
LONG ReadNoFence(_In_reads_bytes_(4) const volatile LONG *Source);
LONG ReadAcquire(_In_reads_bytes_(4) const volatile LONG *Source);
VOID WriteNoFence(_Out_writes_bytes_all_(4) volatile LONG *Destination, _In_ LONG Value);
VOID WriteRelease(_Out_writes_bytes_all_(4) volatile LONG *Destination, _In_ LONG Value);
LONG64 ReadNoFence64(_In_reads_bytes_(8) const volatile LONG64 *Source);
LONG64 ReadAcquire64(_In_reads_bytes_(8) const volatile LONG64 *Source);
VOID WriteNoFence64(_Out_writes_bytes_all_(8) volatile LONG64 *Destination, _In_ LONG64 Value);
VOID WriteRelease64(_Out_writes_bytes_all_(8) volatile LONG64 *Destination, _In_ LONG64 Value);
BOOLEAN ReadBooleanNoFence(_In_reads_bytes_(1) const volatile BOOLEAN *Source);
BOOLEAN ReadBooleanAcquire(_In_reads_bytes_(1) const volatile BOOLEAN *Source);
VOID WriteBooleanNoFence(_Out_writes_bytes_all_(1) volatile BOOLEAN *Destination, _In_ BOOLEAN Value);
VOID WriteBooleanRelease(_Out_writes_bytes_all_(1) volatile BOOLEAN *Destination, _In_ BOOLEAN Value);
ULONG ReadULongNoFence(_In_reads_bytes_(4) const volatile ULONG *Source);
ULONG ReadULongAcquire(_In_reads_bytes_(4) const volatile ULONG *Source);
VOID WriteULongNoFence(_Out_writes_bytes_all_(4) volatile ULONG *Destination, _In_ ULONG Value);
VOID WriteULongRelease(_Out_writes_bytes_all_(4) volatile ULONG *Destination, _In_ ULONG Value);
ULONG64 ReadULong64NoFence(_In_reads_bytes_(8) const volatile ULONG64 *Source);
ULONG64 ReadULong64Acquire(_In_reads_bytes_(8) const volatile ULONG64 *Source);
VOID WriteULong64NoFence(_Out_writes_bytes_all_(8) volatile ULONG64 *Destination, _In_ ULONG64 Value);
VOID WriteULong64Release(_Out_writes_bytes_all_(8) volatile ULONG64 *Destination, _In_ ULONG64 Value);
PVOID ReadPointerNoFence(_In_reads_bytes_(sizeof(PVOID)) PVOID const volatile *Source);
PVOID ReadPointerAcquire(_In_reads_bytes_(sizeof(PVOID)) PVOID const volatile *Source);
VOID WritePointerNoFence(_Out_writes_bytes_all_(sizeof(PVOID)) PVOID volatile *Destination, _In_opt_ PVOID Value);
VOID WritePointerRelease(_Out_writes_bytes_all_(sizeof(PVOID)) PVOID volatile *Destination, _In_opt_ PVOID Value);
LONG_PTR ReadLongPtrNoFence(_In_reads_bytes_(sizeof(LONG_PTR)) const volatile LONG_PTR *Source);
LONG_PTR ReadLongPtrAcquire(_In_reads_bytes_(sizeof(LONG_PTR)) const volatile LONG_PTR *Source);
VOID WriteLongPtrNoFence(_Out_writes_bytes_all_(sizeof(LONG_PTR)) volatile LONG_PTR *Destination, _In_ LONG_PTR Value);
VOID WriteLongPtrRelease(_Out_writes_bytes_all_(sizeof(LONG_PTR)) volatile LONG_PTR *Destination, _In_ LONG_PTR Value);
ULONG_PTR ReadULongPtrNoFence(_In_reads_bytes_(sizeof(ULONG_PTR)) const volatile ULONG_PTR *Source);
ULONG_PTR ReadULongPtrAcquire(_In_reads_bytes_(sizeof(ULONG_PTR)) const volatile ULONG_PTR *Source);
VOID WriteULongPtrNoFence(_Out_writes_bytes_all_(sizeof(ULONG_PTR)) volatile ULONG_PTR *Destination, _In_ ULONG_PTR Value);
VOID WriteULongPtrRelease(_Out_writes_bytes_all_(sizeof(ULONG_PTR)) volatile ULONG_PTR *Destination, _In_ ULONG_PTR Value);

/* ------------------------------------------------------------------------ */
/* Memory manager                                                           */
/* ------------------------------------------------------------------------ */

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
_Post_writable_byte_size_(NumberOfBytes)
_When_(return != NULL, __drv_allocatesMem(Mem))
NTKERNELAPI
PVOID
NTAPI
MmMapIoSpaceEx(
    _In_ PHYSICAL_ADDRESS PhysicalAddress,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Protect);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
_When_(return != NULL, __drv_allocatesMem(Mem))
_Post_writable_byte_size_(NumberOfBytes)
NTKERNELAPI
PVOID
NTAPI
MmAllocateContiguousNodeMemory(
    _In_ SIZE_T NumberOfBytes,
    _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
    _In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
    _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
    _In_ ULONG Protect,
    _In_ NODE_REQUIREMENT PreferredNode);

/* ------------------------------------------------------------------------ */
/* I/O manager: device interface properties, driver and device state dirs    */
/* ------------------------------------------------------------------------ */

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI
NTSTATUS
NTAPI
IoSetDeviceInterfacePropertyData(
    _In_ PUNICODE_STRING SymbolicLinkName,
    _In_ const DEVPROPKEY *PropertyKey,
    _In_ LCID Lcid,
    _In_ ULONG Flags,
    _In_ DEVPROPTYPE Type,
    _In_ ULONG Size,
    _In_reads_bytes_opt_(Size) PVOID Data);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI
NTSTATUS
NTAPI
IoGetDeviceInterfacePropertyData(
    _In_ PUNICODE_STRING SymbolicLinkName,
    _In_ const DEVPROPKEY *PropertyKey,
    _In_ LCID Lcid,
    _Reserved_ ULONG Flags,
    _In_ ULONG Size,
    _Out_writes_bytes_to_(Size, *RequiredSize) PVOID Data,
    _Out_ PULONG RequiredSize,
    _Out_ PDEVPROPTYPE Type);

typedef enum _DRIVER_REGKEY_TYPE {
    DriverRegKeyParameters,
    DriverRegKeyPersistentState,
    DriverRegKeySharedPersistentState
} DRIVER_REGKEY_TYPE, *PDRIVER_REGKEY_TYPE;

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI
NTSTATUS
NTAPI
IoOpenDriverRegistryKey(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ DRIVER_REGKEY_TYPE RegKeyType,
    _In_ ACCESS_MASK DesiredAccess,
    _In_ ULONG Flags,
    _Out_ PHANDLE DriverRegKey);

typedef enum _DRIVER_DIRECTORY_TYPE {
    DriverDirectoryImage,
    DriverDirectoryData,
    DriverDirectorySharedData
} DRIVER_DIRECTORY_TYPE, *PDRIVER_DIRECTORY_TYPE;

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI
NTSTATUS
NTAPI
IoGetDriverDirectory(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ DRIVER_DIRECTORY_TYPE DirectoryType,
    _In_ ULONG Flags,
    _Out_ PHANDLE DriverDirectoryHandle);

typedef enum _DEVICE_DIRECTORY_TYPE {
    DeviceDirectoryData
} DEVICE_DIRECTORY_TYPE, *PDEVICE_DIRECTORY_TYPE;

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI
NTSTATUS
NTAPI
IoGetDeviceDirectory(
    _In_ PDEVICE_OBJECT PhysicalDeviceObject,
    _In_ DEVICE_DIRECTORY_TYPE DirectoryType,
    _In_ ULONG Flags,
    _In_opt_ PVOID Reserved,
    _Out_ PHANDLE DeviceDirectoryHandle);

/* ------------------------------------------------------------------------ */
/* Power framework (PoFx): device registration                              */
/* ------------------------------------------------------------------------ */

typedef
_Function_class_(PO_FX_DEVICE_POWER_REQUIRED_CALLBACK)
VOID
NTAPI
PO_FX_DEVICE_POWER_REQUIRED_CALLBACK(
    _In_ PVOID Context);
typedef PO_FX_DEVICE_POWER_REQUIRED_CALLBACK *PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK;

typedef
_Function_class_(PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK)
VOID
NTAPI
PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK(
    _In_ PVOID Context);
typedef PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK *PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK;

typedef
_Function_class_(PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK)
VOID
NTAPI
PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK(
    _In_ PVOID Context,
    _In_ ULONG Component,
    _In_ BOOLEAN Active);
typedef PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK *PPO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK;

typedef struct _PO_FX_DEVICE_V1 {
    ULONG Version;
    ULONG ComponentCount;
    PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
    PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
    PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
    PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
    PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
    PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
    PVOID DeviceContext;
    _Field_size_full_(ComponentCount) PO_FX_COMPONENT_V1 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V1, *PPO_FX_DEVICE_V1;

typedef struct _PO_FX_DEVICE_V2 {
    ULONG Version;
    ULONGLONG Flags;
    PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
    PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
    PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
    PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
    PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
    PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
    PVOID DeviceContext;
    ULONG ComponentCount;
    _Field_size_full_(ComponentCount) PO_FX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V2, *PPO_FX_DEVICE_V2;

#if PO_FX_VERSION == PO_FX_VERSION_V1
typedef PO_FX_DEVICE_V1 PO_FX_DEVICE, *PPO_FX_DEVICE;
#else
typedef PO_FX_DEVICE_V2 PO_FX_DEVICE, *PPO_FX_DEVICE;
#endif

#ifndef PO_FX_FLAG_BLOCKING
#define PO_FX_FLAG_BLOCKING   0x1
#define PO_FX_FLAG_ASYNC_ONLY 0x2
#endif

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI
NTSTATUS
NTAPI
PoFxRegisterDevice(
    _In_ PDEVICE_OBJECT Pdo,
    _In_ PPO_FX_DEVICE Device,
    _Out_ POHANDLE *Handle);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI
VOID
NTAPI
PoFxUnregisterDevice(
    _In_ POHANDLE Handle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
PoFxStartDevicePowerManagement(
    _In_ POHANDLE Handle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
PoFxActivateComponent(
    _In_ POHANDLE Handle,
    _In_ ULONG Component,
    _In_ ULONG Flags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
PoFxIdleComponent(
    _In_ POHANDLE Handle,
    _In_ ULONG Component,
    _In_ ULONG Flags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
PoFxCompleteIdleCondition(
    _In_ POHANDLE Handle,
    _In_ ULONG Component);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
PoFxCompleteIdleState(
    _In_ POHANDLE Handle,
    _In_ ULONG Component);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
PoFxCompleteDevicePowerNotRequired(
    _In_ POHANDLE Handle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
PoFxReportDevicePoweredOn(
    _In_ POHANDLE Handle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
PoFxSetDeviceIdleTimeout(
    _In_ POHANDLE Handle,
    _In_ ULONGLONG IdleTimeout);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
PoFxSetComponentLatency(
    _In_ POHANDLE Handle,
    _In_ ULONG Component,
    _In_ ULONGLONG Latency);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
PoFxSetComponentResidency(
    _In_ POHANDLE Handle,
    _In_ ULONG Component,
    _In_ ULONGLONG Residency);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
NTAPI
PoFxSetComponentWake(
    _In_ POHANDLE Handle,
    _In_ ULONG Component,
    _In_ BOOLEAN WakeHint);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI
NTSTATUS
NTAPI
PoFxPowerControl(
    _In_ POHANDLE Handle,
    _In_ LPCGUID PowerControlCode,
    _In_reads_bytes_opt_(InBufferSize) PVOID InBuffer,
    _In_ SIZE_T InBufferSize,
    _Out_writes_bytes_opt_(OutBufferSize) PVOID OutBuffer,
    _In_ SIZE_T OutBufferSize,
    _Out_opt_ PSIZE_T BytesReturned);

/* ------------------------------------------------------------------------ */
/* Configuration manager callbacks                                          */
/* ------------------------------------------------------------------------ */

_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI
NTSTATUS
NTAPI
CmCallbackGetKeyObjectIDEx(
    _In_ PLARGE_INTEGER Cookie,
    _In_ PVOID Object,
    _Out_opt_ PULONG_PTR ObjectID,
    _Outptr_opt_ PCUNICODE_STRING *ObjectName,
    _In_ ULONG Flags);

_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI
VOID
NTAPI
CmCallbackReleaseKeyObjectIDEx(
    _In_ PCUNICODE_STRING ObjectName);

/* ------------------------------------------------------------------------ */
/* Kernel transaction manager objects (mingw-w64 has only the Zw* side)      */
/* ------------------------------------------------------------------------ */

typedef struct _KTM *PKTM, *PRKTM;
typedef struct _KTRANSACTION *PKTRANSACTION, *PRKTRANSACTION;
typedef struct _KENLISTMENT *PKENLISTMENT, *PRKENLISTMENT;
typedef struct _KRESOURCEMANAGER *PKRESOURCEMANAGER, *PRKRESOURCEMANAGER;

typedef
_Function_class_(TM_RM_NOTIFICATION)
NTSTATUS
NTAPI
TM_RM_NOTIFICATION(
    _In_ PKENLISTMENT EnlistmentObject,
    _In_ PVOID RMContext,
    _In_ PVOID TransactionContext,
    _In_ ULONG TransactionNotification,
    _Inout_ PLARGE_INTEGER TmVirtualClock,
    _In_ ULONG ArgumentLength,
    _In_ PVOID Argument);
typedef TM_RM_NOTIFICATION *PTM_RM_NOTIFICATION;

_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI
NTSTATUS
NTAPI
TmEnableCallbacks(
    _In_ PKRESOURCEMANAGER ResourceManager,
    _In_ PTM_RM_NOTIFICATION CallbackRoutine,
    _In_opt_ PVOID RMKey);

_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI
NTSTATUS
NTAPI
TmCreateEnlistment(
    _Out_ PHANDLE EnlistmentHandle,
    _In_ KPROCESSOR_MODE PreviousMode,
    _In_ ACCESS_MASK DesiredAccess,
    _In_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_ PRKRESOURCEMANAGER ResourceManager,
    _In_ PKTRANSACTION Transaction,
    _In_opt_ ULONG CreateOptions,
    _In_ NOTIFICATION_MASK NotificationMask,
    _In_opt_ PVOID EnlistmentKey);

_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmPrePrepareEnlistment(_In_ PKENLISTMENT Enlistment, _In_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmPrepareEnlistment(_In_ PKENLISTMENT Enlistment, _In_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmCommitEnlistment(_In_ PKENLISTMENT Enlistment, _In_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmRollbackEnlistment(_In_ PKENLISTMENT Enlistment, _In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmPrePrepareComplete(_In_ PKENLISTMENT Enlistment, _In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmPrepareComplete(_In_ PKENLISTMENT Enlistment, _In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmCommitComplete(_In_ PKENLISTMENT Enlistment, _In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmRollbackComplete(_In_ PKENLISTMENT Enlistment, _In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmReadOnlyEnlistment(_In_ PKENLISTMENT Enlistment, _In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmSinglePhaseReject(_In_ PKENLISTMENT Enlistment, _In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmRecoverEnlistment(_In_ PKENLISTMENT Enlistment, _In_ PVOID EnlistmentKey);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmRecoverResourceManager(_In_ PKRESOURCEMANAGER ResourceManager);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmRecoverTransactionManager(_In_ PKTM Tm, _In_ PLARGE_INTEGER TargetVirtualClock);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmRollbackTransaction(_In_ PKTRANSACTION Transaction, _In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmReferenceEnlistmentKey(_In_ PKENLISTMENT Enlistment, _Out_ PVOID *Key);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI TmDereferenceEnlistmentKey(_In_ PKENLISTMENT Enlistment, _Out_opt_ PBOOLEAN LastReference);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI TmGetTransactionId(_In_ PKTRANSACTION Transaction, _Out_ PUOW TransactionId);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI BOOLEAN NTAPI TmIsTransactionActive(_In_ PKTRANSACTION Transaction);

/* ------------------------------------------------------------------------ */
/* Event Tracing for Windows                                                */
/* ------------------------------------------------------------------------ */

#ifndef EVENT_CONTROL_CODE_DISABLE_PROVIDER
#define EVENT_CONTROL_CODE_DISABLE_PROVIDER 0
#endif
#ifndef EVENT_CONTROL_CODE_ENABLE_PROVIDER
#define EVENT_CONTROL_CODE_ENABLE_PROVIDER 1
#endif
#ifndef EVENT_CONTROL_CODE_CAPTURE_STATE
#define EVENT_CONTROL_CODE_CAPTURE_STATE 2
#endif

typedef enum _EVENT_INFO_CLASS {
    EventProviderBinaryTrackInfo,
    EventProviderSetReserved1,
    EventProviderSetTraits,
    EventProviderUseDescriptorType,
    MaxEventInfo
} EVENT_INFO_CLASS;

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI
NTSTATUS
NTAPI
EtwSetInformation(
    _In_ REGHANDLE RegHandle,
    _In_ EVENT_INFO_CLASS InformationClass,
    _In_reads_bytes_opt_(InformationLength) PVOID EventInformation,
    _In_ ULONG InformationLength);

/* ------------------------------------------------------------------------ */
/* Constants and role types of newer WDKs                                   */
/* ------------------------------------------------------------------------ */

#ifndef POOL_NX_ALLOCATION
#define POOL_NX_ALLOCATION 512
#endif
#ifndef WMIREG_FLAG_CALLBACK
#define WMIREG_FLAG_CALLBACK 0x80000000
#endif

typedef OB_PREOP_CALLBACK_STATUS NTAPI OB_PRE_OPERATION_CALLBACK(
    _In_ PVOID RegistrationContext,
    _Inout_ POB_PRE_OPERATION_INFORMATION OperationInformation);
typedef VOID NTAPI OB_POST_OPERATION_CALLBACK(
    _In_ PVOID RegistrationContext,
    _In_ POB_POST_OPERATION_INFORMATION OperationInformation);

/* The Nt forms wdm.h declares next to ZwLoadDriver/ZwUnloadDriver. */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI
NTSTATUS
NTAPI
NtLoadDriver(
    _In_ PUNICODE_STRING DriverServiceName);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI
NTSTATUS
NTAPI
NtUnloadDriver(
    _In_ PUNICODE_STRING DriverServiceName);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI
NTSTATUS
ObCloseHandle(
    _In_ _Post_ptr_invalid_ HANDLE Handle,
    _In_ KPROCESSOR_MODE PreviousMode);

#ifdef __cplusplus
}
#endif

#endif /* _UNLOADCHECK_WDM_EXTRAS_H_ */
