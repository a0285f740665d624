// driver-unload-cleanup-order: a registry monitor whose callback gets the
// pool block gContext as its context (CmRegisterCallback(RegmCallback,
// gContext, &gCookie)). Its Unload calls CmUnRegisterCallback first, and
// frees gContext only once the callback can no longer run. Silent. Twin:
// registry-context-freed-first.c (frees the context first).
#include <ntddk.h>

#define REGM_TAG 'mgeR'

typedef struct _REGM_CONTEXT {
    volatile LONG Operations;
    volatile LONG SetValues;
} REGM_CONTEXT, *PREGM_CONTEXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RegmUnload;
EX_CALLBACK_FUNCTION RegmCallback;

static PREGM_CONTEXT gContext;
static LARGE_INTEGER gCookie;

_Use_decl_annotations_
NTSTATUS RegmCallback(PVOID CallbackContext, PVOID Argument1, PVOID Argument2)
{
    PREGM_CONTEXT context = (PREGM_CONTEXT)CallbackContext;

    UNREFERENCED_PARAMETER(Argument2);
    InterlockedIncrement(&context->Operations);
    if ((REG_NOTIFY_CLASS)(ULONG_PTR)Argument1 == RegNtPreSetValueKey) {
        InterlockedIncrement(&context->SetValues);
    }
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID RegmUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    CmUnRegisterCallback(gCookie);
    ExFreePoolWithTag(gContext, REGM_TAG);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    gContext = (PREGM_CONTEXT)ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(REGM_CONTEXT), REGM_TAG);
    if (gContext == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(gContext, sizeof(REGM_CONTEXT));
    status = CmRegisterCallback(RegmCallback, gContext, &gCookie);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(gContext, REGM_TAG);
        return status;
    }
    DriverObject->DriverUnload = RegmUnload;
    return STATUS_SUCCESS;
}
