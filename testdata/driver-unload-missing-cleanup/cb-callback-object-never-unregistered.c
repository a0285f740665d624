// driver-unload-missing-cleanup: cb-callback-object-unregistered.c whose
// Unload routine drops its reference on the callback object but never calls
// ExUnregisterCallback: the next power-state change calls
// SampPowerStateCallback in an unloaded image. Fires on the ExRegisterCallback
// call.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
CALLBACK_FUNCTION SampPowerStateCallback;

static PCALLBACK_OBJECT gPowerStateObject;
static PVOID gPowerStateRegistration;

_Use_decl_annotations_
VOID SampPowerStateCallback(PVOID CallbackContext, PVOID Argument1, PVOID Argument2)
{
    UNREFERENCED_PARAMETER(CallbackContext);
    if ((ULONG_PTR)Argument1 == PO_CB_SYSTEM_STATE_LOCK) {
        DbgPrint("samp: system state lock %s\n", Argument2 != NULL ? "taken" : "released");
    }
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    ObDereferenceObject(gPowerStateObject);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Callback\\PowerState");
    OBJECT_ATTRIBUTES attributes;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    InitializeObjectAttributes(&attributes, &name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    status = ExCreateCallback(&gPowerStateObject, &attributes, FALSE, TRUE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    gPowerStateRegistration = ExRegisterCallback(gPowerStateObject, SampPowerStateCallback, NULL); // expect: driver-unload-missing-cleanup "ExRegisterCallback callback registration 'gPowerStateRegistration' is never unregistered: call ExUnregisterCallback(gPowerStateRegistration) in 'SampUnload'"
    if (gPowerStateRegistration == NULL) {
        ObDereferenceObject(gPowerStateObject);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
