// driver-unload-missing-cleanup: cb-callback-object-unregistered.c that only
// checks ExRegisterCallback's result against NULL and throws it away, so
// nothing can ever pass it to ExUnregisterCallback. The registration is
// reported without a name: there is no variable to name. Fires on the
// ExRegisterCallback call. Silent twin: cb-callback-object-unregistered.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
CALLBACK_FUNCTION SampPowerStateCallback;

static PCALLBACK_OBJECT gPowerStateObject;

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
    if (ExRegisterCallback(gPowerStateObject, SampPowerStateCallback, NULL) == NULL) { // expect: driver-unload-missing-cleanup "ExRegisterCallback callback registration is never unregistered: call ExUnregisterCallback("
        ObDereferenceObject(gPowerStateObject);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
