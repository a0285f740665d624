// driver-unload-missing-cleanup: cb-kernel-handles-closed.c whose Unload
// routine closes neither global handle: the log file stays open (and locked
// against writers) and the key stays open until the next reboot. Fires on
// the ZwCreateFile call and on the ZwOpenKey call that fills gParametersKey;
// the service key opened into a local and closed at once is not tracked.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static HANDLE gLogFile;
static HANDLE gParametersKey;

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    DbgPrint("samp: unloading\n");
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING logPath = RTL_CONSTANT_STRING(L"\\SystemRoot\\Temp\\samp.log");
    UNICODE_STRING parameters = RTL_CONSTANT_STRING(L"Parameters");
    OBJECT_ATTRIBUTES attributes;
    IO_STATUS_BLOCK iosb;
    HANDLE serviceKey;
    NTSTATUS status;

    InitializeObjectAttributes(&attributes, &logPath, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    status = ZwCreateFile(&gLogFile, FILE_APPEND_DATA | SYNCHRONIZE, &attributes, &iosb, NULL, // expect: driver-unload-missing-cleanup "ZwCreateFile handle 'gLogFile' is never closed: call ZwClose(gLogFile) in 'SampUnload'"
                          FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ, FILE_OPEN_IF,
                          FILE_SYNCHRONOUS_IO_NONALERT | FILE_NON_DIRECTORY_FILE, NULL, 0);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    InitializeObjectAttributes(&attributes, RegistryPath, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    status = ZwOpenKey(&serviceKey, KEY_READ, &attributes);
    if (NT_SUCCESS(status)) {
        InitializeObjectAttributes(&attributes, &parameters, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE,
                                   serviceKey, NULL);
        status = ZwOpenKey(&gParametersKey, KEY_READ | KEY_NOTIFY, &attributes); // expect: driver-unload-missing-cleanup "ZwOpenKey handle 'gParametersKey' is never closed: call ZwClose(gParametersKey) in 'SampUnload'"
        ZwClose(serviceKey);
    }
    if (!NT_SUCCESS(status)) {
        ZwClose(gLogFile);
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
