// driver-unload-missing-cleanup: cb-object-callback-unregistered.c whose
// Unload routine forgets ObUnRegisterCallbacks: the object manager keeps
// calling SampPreOpenProcess, in an image that is gone, for every process
// handle opened. Fires on the ObRegisterCallbacks call.
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
    DbgPrint("samp: stripped PROCESS_TERMINATE %ld times\n", gTerminateRightsStripped);
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

    status = ObRegisterCallbacks(&registration, &gObRegistrationHandle); // expect: driver-unload-missing-cleanup "call ObUnRegisterCallbacks(gObRegistrationHandle) in 'SampUnload'"
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
