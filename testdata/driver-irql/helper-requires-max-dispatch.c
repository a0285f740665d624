// driver-irql: a driver that keeps a registry key open from DriverEntry to
// Unload. The helper CfgCloseKey, which closes it with ZwClose, is declared
// _IRQL_requires_max_(DISPATCH_LEVEL) on its prototype (mingw-w64 defines the
// annotation macros empty; the analyzer reads them from the source). Its own
// annotation says it runs at IRQL <= DISPATCH_LEVEL, which includes
// PASSIVE_LEVEL, so ZwClose (PASSIVE_LEVEL) may be right there: the rule
// reports only certain violations. Silent. Twin: helper-requires-dispatch.c
// (_IRQL_requires_(DISPATCH_LEVEL): certainly wrong).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD CfgUnload;

_IRQL_requires_max_(DISPATCH_LEVEL) static VOID CfgCloseKey(VOID);

static HANDLE gKey;

_Use_decl_annotations_
static VOID CfgCloseKey(VOID)
{
    if (gKey != NULL) {
        ZwClose(gKey);
        gKey = NULL;
    }
}

_Use_decl_annotations_
VOID CfgUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    CfgCloseKey();
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    OBJECT_ATTRIBUTES attributes;
    NTSTATUS status;

    InitializeObjectAttributes(&attributes, RegistryPath, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    status = ZwOpenKey(&gKey, KEY_READ, &attributes);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = CfgUnload;
    return STATUS_SUCCESS;
}
