// driver-unload-cleanup-order: a driver that watches \Callback\PowerState
// with ExRegisterCallback, its callback's context a pool block of counters.
// PwrwUnload calls PwrwStopWatching (ExUnregisterCallback) and then
// PwrwFreeCounters (ExFreePoolWithTag on the context): the callback can no
// longer run when its context is freed. Silent. Twin:
// callback-object-context-freed-first.c (frees the counters first).
#include <ntddk.h>

#define PWRW_TAG 'wrwP'

typedef struct _PWRW_COUNTERS {
    volatile LONG ChangesSeen;
} PWRW_COUNTERS, *PPWRW_COUNTERS;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PwrwUnload;
CALLBACK_FUNCTION PwrwPowerStateChanged;

static PPWRW_COUNTERS gCounters;
static PVOID gRegistration;

_Use_decl_annotations_
VOID PwrwPowerStateChanged(PVOID CallbackContext, PVOID Argument1, PVOID Argument2)
{
    PPWRW_COUNTERS counters = (PPWRW_COUNTERS)CallbackContext;

    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);
    InterlockedIncrement(&counters->ChangesSeen);
}

static VOID PwrwFreeCounters(VOID)
{
    ExFreePoolWithTag(gCounters, PWRW_TAG);
}

static VOID PwrwStopWatching(VOID)
{
    ExUnregisterCallback(gRegistration);
}

_Use_decl_annotations_
VOID PwrwUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    PwrwStopWatching();
    PwrwFreeCounters();
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Callback\\PowerState");
    OBJECT_ATTRIBUTES attributes;
    PCALLBACK_OBJECT callbackObject;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    gCounters = (PPWRW_COUNTERS)ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(PWRW_COUNTERS), PWRW_TAG);
    if (gCounters == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    gCounters->ChangesSeen = 0;
    InitializeObjectAttributes(&attributes, &name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    status = ExCreateCallback(&callbackObject, &attributes, FALSE, TRUE);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(gCounters, PWRW_TAG);
        return status;
    }
    gRegistration = ExRegisterCallback(callbackObject, PwrwPowerStateChanged, gCounters);
    ObDereferenceObject(callbackObject);
    if (gRegistration == NULL) {
        ExFreePoolWithTag(gCounters, PWRW_TAG);
        return STATUS_UNSUCCESSFUL;
    }
    DriverObject->DriverUnload = PwrwUnload;
    return STATUS_SUCCESS;
}
