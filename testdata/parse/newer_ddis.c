/*
 * newer_ddis.c - a WDM driver using DDIs that mingw-w64's DDK headers lack
 * (declared in analyzer/wdk-compat/unloadcheck_*.h): POOL_FLAGS allocation,
 * Ex2 process/thread/image notifications, IoCreateSystemThread, high
 * resolution timers, bug-check reason callbacks, PnP notifications, object
 * and registry callbacks, WMI and ETW registration, lookaside lists, PoFx,
 * executive spin locks, boot-driver callbacks, driver state directories.
 * Parse test for testdata/parse/check.sh.
 */

#include <ntddk.h>
#include <wdmguid.h>
#include <devpkey.h>

#define NEW_TAG 'wenU'

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD NewUnload;
DRIVER_REINITIALIZE NewReinitialize;
KSTART_ROUTINE NewWorkerThread;
EXT_CALLBACK NewTimerCallback;
EXT_DELETE_CALLBACK NewTimerDeleted;
KBUGCHECK_REASON_CALLBACK_ROUTINE NewBugCheckCallback;
DRIVER_NOTIFICATION_CALLBACK_ROUTINE NewInterfaceArrival;
EX_CALLBACK_FUNCTION NewRegistryCallback;
ETWENABLECALLBACK NewEtwEnable;
ALLOCATE_FUNCTION_EX NewLookasideAllocate;
FREE_FUNCTION_EX NewLookasideFree;
BOOT_DRIVER_CALLBACK_FUNCTION NewBootDriverCallback;
PO_FX_DEVICE_POWER_REQUIRED_CALLBACK NewPowerRequired;
PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK NewPowerNotRequired;
RTL_QUERY_REGISTRY_ROUTINE NewQueryRoutine;

static VOID NewProcessNotify(_Inout_ PEPROCESS Process, _In_ HANDLE ProcessId,
                             _Inout_opt_ PPS_CREATE_NOTIFY_INFO CreateInfo);
static VOID NewThreadNotify(_In_ HANDLE ProcessId, _In_ HANDLE ThreadId, _In_ BOOLEAN Create);
static VOID NewImageNotify(_In_opt_ PUNICODE_STRING FullImageName, _In_ HANDLE ProcessId,
                           _In_ PIMAGE_INFO ImageInfo);
static OB_PREOP_CALLBACK_STATUS NewPreOperation(_In_ PVOID RegistrationContext,
                                                _Inout_ POB_PRE_OPERATION_INFORMATION Info);

static PVOID g_Buffer;
static PEX_TIMER g_Timer;
static HANDLE g_Thread;
static KBUGCHECK_REASON_CALLBACK_RECORD g_BugCheckRecord;
static PVOID g_PnpEntry;
static PVOID g_ObHandle;
static LARGE_INTEGER g_CmCookie;
static REGHANDLE g_EtwHandle;
static LOOKASIDE_LIST_EX g_Lookaside;
static EX_SPIN_LOCK g_SpinLock;
static volatile LONG g_Stopping;
static PVOID g_BootCallback;

static const GUID NewProviderGuid =
    { 0x6a2f8e3c, 0x1d4b, 0x4f0e, { 0x9a, 0x51, 0x3c, 0x7e, 0x22, 0x90, 0x14, 0xab } };
static const UNICODE_STRING NewAltitude = RTL_CONSTANT_STRING(L"385201");

NTSTATUS
DriverEntry(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;
    OB_OPERATION_REGISTRATION operation;
    OB_CALLBACK_REGISTRATION registration;
    EXT_SET_PARAMETERS setParameters;
    POOL_EXTENDED_PARAMETER extended;
    PVOID scratch;
    HANDLE regKey;
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(RegistryPath);

    ExInitializeDriverRuntime(DrvRtPoolNxOptIn);

    g_Buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_CACHE_ALIGNED, 512, NEW_TAG);
    if (g_Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    RtlZeroMemory(&extended, sizeof(extended));
    extended.Type = PoolExtendedParameterPriority;
    extended.Priority = NormalPoolPriority;
    scratch = ExAllocatePool3(POOL_FLAG_PAGED, 64, NEW_TAG, &extended, 1);
    if (scratch != NULL) {
        ExFreePool2(scratch, NEW_TAG, NULL, 0);
    }
    scratch = ExAllocatePoolZero(NonPagedPoolNx, 32, NEW_TAG);
    if (scratch != NULL) {
        ExFreePoolWithTag(scratch, NEW_TAG);
    }

    status = PsSetCreateProcessNotifyRoutineEx2(PsCreateProcessNotifySubsystems,
                                                (PVOID)NewProcessNotify, FALSE);
    if (!NT_SUCCESS(status)) {
        goto Fail;
    }
    status = PsSetCreateThreadNotifyRoutineEx(PsCreateThreadNotifyNonSystem,
                                              (PVOID)NewThreadNotify);
    status = PsSetLoadImageNotifyRoutineEx(NewImageNotify,
                                           PS_IMAGE_NOTIFY_CONFLICTING_ARCHITECTURE);

    status = IoCreateSystemThread(DriverObject, &g_Thread, THREAD_ALL_ACCESS, NULL,
                                  NULL, NULL, NewWorkerThread, NULL);

    g_Timer = ExAllocateTimer(NewTimerCallback, NULL, EX_TIMER_HIGH_RESOLUTION);
    if (g_Timer != NULL) {
        ExInitializeSetTimerParameters(&setParameters);
        ExSetTimer(g_Timer, -10000LL * 100, 10000LL * 1000, &setParameters);
    }

    KeInitializeCallbackRecord(&g_BugCheckRecord);
    KeRegisterBugCheckReasonCallback(&g_BugCheckRecord, NewBugCheckCallback,
                                     KbCallbackSecondaryDumpData, (PUCHAR)"UcNewDdis");

    status = IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange,
                                            PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES,
                                            (PVOID)&GUID_DEVICE_INTERFACE_ARRIVAL,
                                            DriverObject, NewInterfaceArrival, NULL,
                                            &g_PnpEntry);

    RtlZeroMemory(&operation, sizeof(operation));
    operation.ObjectType = PsProcessType;
    operation.Operations = OB_OPERATION_HANDLE_CREATE | OB_OPERATION_HANDLE_DUPLICATE;
    operation.PreOperation = NewPreOperation;
    RtlZeroMemory(&registration, sizeof(registration));
    registration.Version = OB_FLT_REGISTRATION_VERSION;
    registration.OperationRegistrationCount = 1;
    registration.Altitude = NewAltitude;
    registration.OperationRegistration = &operation;
    status = ObRegisterCallbacks(&registration, &g_ObHandle);

    status = CmRegisterCallbackEx(NewRegistryCallback, &NewAltitude, DriverObject, NULL,
                                  &g_CmCookie, NULL);

    status = IoWMIRegistrationControl(DriverObject->DeviceObject, WMIREG_ACTION_REGISTER);
    status = EtwRegister(&NewProviderGuid, NewEtwEnable, NULL, &g_EtwHandle);
    status = EtwSetInformation(g_EtwHandle, EventProviderSetTraits, NULL, 0);

    status = ExInitializeLookasideListEx(&g_Lookaside, NewLookasideAllocate, NewLookasideFree,
                                         NonPagedPoolNx, 0, 128, NEW_TAG, 0);

    oldIrql = ExAcquireSpinLockExclusive(&g_SpinLock);
    WriteRelease(&g_Stopping, 0);
    ExReleaseSpinLockExclusive(&g_SpinLock, oldIrql);

    g_BootCallback = IoRegisterBootDriverCallback(NewBootDriverCallback, NULL);

    status = IoOpenDriverRegistryKey(DriverObject, DriverRegKeyPersistentState,
                                     KEY_READ, 0, &regKey);
    if (NT_SUCCESS(status)) {
        ZwClose(regKey);
    }

    IoRegisterDriverReinitialization(DriverObject, NewReinitialize, NULL);

    DriverObject->DriverUnload = NewUnload;
    return STATUS_SUCCESS;

Fail:
    ExFreePool2(g_Buffer, NEW_TAG, NULL, 0);
    return status;
}

VOID
NewUnload(
    _In_ PDRIVER_OBJECT DriverObject)
{
    EXT_DELETE_PARAMETERS deleteParameters;
    PVOID threadObject;

    InterlockedExchange(&g_Stopping, 1);

    if (g_BootCallback != NULL) {
        IoUnregisterBootDriverCallback(g_BootCallback);
    }
    ExDeleteLookasideListEx(&g_Lookaside);
    EtwUnregister(g_EtwHandle);
    IoWMIRegistrationControl(DriverObject->DeviceObject, WMIREG_ACTION_DEREGISTER);
    CmUnRegisterCallback(g_CmCookie);
    ObUnRegisterCallbacks(g_ObHandle);
    IoUnregisterPlugPlayNotificationEx(g_PnpEntry);
    KeDeregisterBugCheckReasonCallback(&g_BugCheckRecord);

    if (g_Timer != NULL) {
        ExInitializeDeleteTimerParameters(&deleteParameters);
        deleteParameters.DeleteCallback = NewTimerDeleted;
        ExDeleteTimer(g_Timer, TRUE, TRUE, &deleteParameters);
    }

    if (NT_SUCCESS(ObReferenceObjectByHandle(g_Thread, SYNCHRONIZE, NULL, KernelMode,
                                             &threadObject, NULL))) {
        KeWaitForSingleObject(threadObject, Executive, KernelMode, FALSE, NULL);
        ObDereferenceObject(threadObject);
    }
    ZwClose(g_Thread);

    PsRemoveLoadImageNotifyRoutine(NewImageNotify);
    PsRemoveCreateThreadNotifyRoutine(NewThreadNotify);
    PsSetCreateProcessNotifyRoutineEx2(PsCreateProcessNotifySubsystems,
                                       (PVOID)NewProcessNotify, TRUE);
    KeFlushQueuedDpcs();
    ExFreePool2(g_Buffer, NEW_TAG, NULL, 0);
}

VOID
NewReinitialize(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_opt_ PVOID Context,
    _In_ ULONG Count)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(Count);
}

VOID
NewWorkerThread(
    _In_ PVOID StartContext)
{
    LARGE_INTEGER interval;
    ULONG64 qpc;

    UNREFERENCED_PARAMETER(StartContext);
    interval.QuadPart = -10000LL * 50;
    while (ReadAcquire(&g_Stopping) == 0) {
        (void)KeQueryInterruptTimePrecise(&qpc);
        KeDelayExecutionThread(KernelMode, FALSE, &interval);
    }
    PsTerminateSystemThread(STATUS_SUCCESS);
}

VOID
NewTimerCallback(
    _In_ PEX_TIMER Timer,
    _In_opt_ PVOID Context)
{
    UNREFERENCED_PARAMETER(Timer);
    UNREFERENCED_PARAMETER(Context);
}

VOID
NewTimerDeleted(
    _In_opt_ PVOID Context)
{
    UNREFERENCED_PARAMETER(Context);
}

VOID
NewBugCheckCallback(
    _In_ KBUGCHECK_CALLBACK_REASON Reason,
    _In_ struct _KBUGCHECK_REASON_CALLBACK_RECORD *Record,
    _Inout_ PVOID ReasonSpecificData,
    _In_ ULONG ReasonSpecificDataLength)
{
    UNREFERENCED_PARAMETER(Reason);
    UNREFERENCED_PARAMETER(Record);
    UNREFERENCED_PARAMETER(ReasonSpecificData);
    UNREFERENCED_PARAMETER(ReasonSpecificDataLength);
}

NTSTATUS
NewInterfaceArrival(
    _In_ PVOID NotificationStructure,
    _Inout_opt_ PVOID Context)
{
    PDEVICE_INTERFACE_CHANGE_NOTIFICATION notification =
        (PDEVICE_INTERFACE_CHANGE_NOTIFICATION)NotificationStructure;
    UNREFERENCED_PARAMETER(Context);
    if (IsEqualGUID(&notification->Event, &GUID_DEVICE_INTERFACE_ARRIVAL)) {
        ULONG value = 1;
        (void)IoSetDeviceInterfacePropertyData(notification->SymbolicLinkName,
                                               &DEVPKEY_DeviceInterface_Enabled, 0, 0,
                                               DEVPROP_TYPE_UINT32, sizeof(value), &value);
    }
    return STATUS_SUCCESS;
}

NTSTATUS
NewRegistryCallback(
    _In_ PVOID CallbackContext,
    _In_opt_ PVOID Argument1,
    _In_opt_ PVOID Argument2)
{
    REG_NOTIFY_CLASS notifyClass = (REG_NOTIFY_CLASS)(ULONG_PTR)Argument1;
    UNREFERENCED_PARAMETER(CallbackContext);
    if (notifyClass == RegNtPreSetValueKey && Argument2 != NULL) {
        PREG_SET_VALUE_KEY_INFORMATION info = (PREG_SET_VALUE_KEY_INFORMATION)Argument2;
        PCUNICODE_STRING name = NULL;
        if (NT_SUCCESS(CmCallbackGetKeyObjectIDEx(&g_CmCookie, info->Object, NULL, &name, 0))) {
            CmCallbackReleaseKeyObjectIDEx(name);
        }
    }
    return STATUS_SUCCESS;
}

VOID
NewEtwEnable(
    _In_ LPCGUID SourceId,
    _In_ ULONG ControlCode,
    _In_ UCHAR Level,
    _In_ ULONGLONG MatchAnyKeyword,
    _In_ ULONGLONG MatchAllKeyword,
    _In_opt_ PEVENT_FILTER_DESCRIPTOR FilterData,
    _Inout_opt_ PVOID CallbackContext)
{
    UNREFERENCED_PARAMETER(SourceId);
    UNREFERENCED_PARAMETER(Level);
    UNREFERENCED_PARAMETER(MatchAnyKeyword);
    UNREFERENCED_PARAMETER(MatchAllKeyword);
    UNREFERENCED_PARAMETER(FilterData);
    UNREFERENCED_PARAMETER(CallbackContext);
    if (ControlCode == EVENT_CONTROL_CODE_ENABLE_PROVIDER) {
        return;
    }
}

PVOID
NewLookasideAllocate(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _Inout_ PLOOKASIDE_LIST_EX Lookaside)
{
    UNREFERENCED_PARAMETER(PoolType);
    UNREFERENCED_PARAMETER(Lookaside);
    return ExAllocatePool2(POOL_FLAG_NON_PAGED, NumberOfBytes, Tag);
}

VOID
NewLookasideFree(
    _In_ PVOID Buffer,
    _Inout_ PLOOKASIDE_LIST_EX Lookaside)
{
    UNREFERENCED_PARAMETER(Lookaside);
    ExFreePoolWithTag(Buffer, NEW_TAG);
}

VOID
NewBootDriverCallback(
    _In_opt_ PVOID CallbackContext,
    _In_ BDCB_CALLBACK_TYPE Classification,
    _Inout_ PBDCB_IMAGE_INFORMATION ImageInformation)
{
    UNREFERENCED_PARAMETER(CallbackContext);
    if (Classification == BdCbInitializeImage) {
        ImageInformation->Classification = BdCbClassificationKnownGoodImage;
    }
}

VOID
NewPowerRequired(
    _In_ PVOID Context)
{
    POHANDLE handle = (POHANDLE)Context;
    PoFxReportDevicePoweredOn(handle);
}

VOID
NewPowerNotRequired(
    _In_ PVOID Context)
{
    PoFxCompleteDevicePowerNotRequired((POHANDLE)Context);
}

NTSTATUS
NewQueryRoutine(
    _In_z_ PWSTR ValueName,
    _In_ ULONG ValueType,
    _In_reads_bytes_opt_(ValueLength) PVOID ValueData,
    _In_ ULONG ValueLength,
    _In_opt_ PVOID Context,
    _In_opt_ PVOID EntryContext)
{
    UNREFERENCED_PARAMETER(ValueName);
    UNREFERENCED_PARAMETER(ValueType);
    UNREFERENCED_PARAMETER(ValueData);
    UNREFERENCED_PARAMETER(ValueLength);
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(EntryContext);
    return STATUS_SUCCESS;
}

static NTSTATUS
NewRegisterPoFx(
    _In_ PDEVICE_OBJECT Pdo,
    _Out_ POHANDLE *Handle)
{
    PO_FX_DEVICE device;
    PO_FX_COMPONENT_IDLE_STATE idleState = { 0, 0, 0 };

    RtlZeroMemory(&device, sizeof(device));
    device.Version = PO_FX_VERSION_V2;
    device.ComponentCount = 1;
    device.DevicePowerRequiredCallback = NewPowerRequired;
    device.DevicePowerNotRequiredCallback = NewPowerNotRequired;
    device.Components[0].IdleStateCount = 1;
    device.Components[0].IdleStates = &idleState;
    return PoFxRegisterDevice(Pdo, &device, Handle);
}

static VOID
NewProcessNotify(
    _Inout_ PEPROCESS Process,
    _In_ HANDLE ProcessId,
    _Inout_opt_ PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    UNREFERENCED_PARAMETER(ProcessId);
    if (CreateInfo != NULL && CreateInfo->ImageFileName != NULL) {
        CreateInfo->CreationStatus = STATUS_SUCCESS;
    }
}

static VOID
NewThreadNotify(
    _In_ HANDLE ProcessId,
    _In_ HANDLE ThreadId,
    _In_ BOOLEAN Create)
{
    UNREFERENCED_PARAMETER(ProcessId);
    UNREFERENCED_PARAMETER(ThreadId);
    UNREFERENCED_PARAMETER(Create);
}

static VOID
NewImageNotify(
    _In_opt_ PUNICODE_STRING FullImageName,
    _In_ HANDLE ProcessId,
    _In_ PIMAGE_INFO ImageInfo)
{
    UNREFERENCED_PARAMETER(FullImageName);
    UNREFERENCED_PARAMETER(ProcessId);
    UNREFERENCED_PARAMETER(ImageInfo);
}

static OB_PREOP_CALLBACK_STATUS
NewPreOperation(
    _In_ PVOID RegistrationContext,
    _Inout_ POB_PRE_OPERATION_INFORMATION Info)
{
    UNREFERENCED_PARAMETER(RegistrationContext);
    if (Info->Operation == OB_OPERATION_HANDLE_CREATE) {
        Info->Parameters->CreateHandleInformation.DesiredAccess &=
            ~(PROCESS_TERMINATE | PROCESS_VM_WRITE | PROCESS_VM_OPERATION);
    }
    return OB_PREOP_SUCCESS;
}
