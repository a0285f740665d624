// driver-unload-missing-cleanup: a process-protection driver registers an
// object pre-operation callback with ObRegisterCallbacks in DriverEntry; its
// Unload routine passes the registration handle to ObUnRegisterCallbacks.
// Silent. Firing twin: cb-object-callback-never-unregistered.c.
// (mingw-w64 has no OB_PRE_OPERATION_CALLBACK role type, so the callback is a
// plain static function.)
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static PVOID gObRegistrationHandle;
static volatile LONG gTerminateRightsStripped;

static OB_PREOP_CALLBACK_STATUS SampPreOpenProcess(PVOID RegistrationContext,
                                                   POB_PRE_OPERATION_INFORMATION Info)
{
    UNREFERENCED_PARAMETER(RegistrationContext);
    if (Info->Operation == OB_OPERATION_HANDLE_CREATE && !Info->KernelHandle &&
        (Info->Parameters->CreateHandleInformation.DesiredAccess & PROCESS_TERMINATE) != 0) {
        Info->Parameters->CreateHandleInformation.DesiredAccess &= ~PROCESS_TERMINATE;
        InterlockedIncrement(&gTerminateRightsStripped);
    }
    return OB_PREOP_SUCCESS;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (gObRegistrationHandle != NULL) {
        ObUnRegisterCallbacks(gObRegistrationHandle);
        gObRegistrationHandle = NULL;
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    OB_OPERATION_REGISTRATION operation;
    OB_CALLBACK_REGISTRATION registration;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    RtlZeroMemory(&operation, sizeof(operation));
    operation.ObjectType = PsProcessType;
    operation.Operations = OB_OPERATION_HANDLE_CREATE;
    operation.PreOperation = SampPreOpenProcess;

    RtlZeroMemory(&registration, sizeof(registration));
    registration.Version = OB_FLT_REGISTRATION_VERSION;
    registration.OperationRegistrationCount = 1;
    RtlInitUnicodeString(&registration.Altitude, L"321400");
    registration.OperationRegistration = &operation;

    status = ObRegisterCallbacks(&registration, &gObRegistrationHandle);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
