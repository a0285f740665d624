// driver-unload-missing-cleanup: DriverEntry keeps two kernel handles in
// globals for the driver's lifetime: a log file opened with ZwCreateFile and
// its Parameters key opened with ZwOpenKey. The Unload routine closes both
// with ZwClose, the key through a helper. Silent. Firing twin:
// cb-kernel-handles-never-closed.c.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static HANDLE gLogFile;
static HANDLE gParametersKey;

static VOID SampCloseParameters(VOID)
{
    if (gParametersKey != NULL) {
        ZwClose(gParametersKey);
        gParametersKey = NULL;
    }
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    SampCloseParameters();
    ZwClose(gLogFile);
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
    status = ZwCreateFile(&gLogFile, FILE_APPEND_DATA | SYNCHRONIZE, &attributes, &iosb, NULL,
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
        status = ZwOpenKey(&gParametersKey, KEY_READ | KEY_NOTIFY, &attributes);
        ZwClose(serviceKey);
    }
    if (!NT_SUCCESS(status)) {
        ZwClose(gLogFile);
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
