// driver-irql: a driver that keeps a registry key open and gives it up after
// ten ticks of a periodic timer. The timer's DPC routine CfgTickDpc calls the
// helper CfgCloseKey, whose definition says _IRQL_requires_(DISPATCH_LEVEL)
// (mingw-w64 defines the annotation macros empty; the analyzer reads them from
// the source). The call from the DPC (DISPATCH_LEVEL) matches the annotation,
// but inside the helper ZwClose requires PASSIVE_LEVEL while its own
// annotation says it runs at DISPATCH_LEVEL exactly: fires on the ZwClose
// call. Twin: helper-requires-max-dispatch.c
// (_IRQL_requires_max_(DISPATCH_LEVEL): only possibly wrong).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD CfgUnload;
KDEFERRED_ROUTINE CfgTickDpc;

static HANDLE gKey;
static KTIMER gTickTimer;
static KDPC gTickDpc;
static ULONG gTicks;

_IRQL_requires_(DISPATCH_LEVEL) static VOID CfgCloseKey(VOID)
{
    if (gKey != NULL) {
        ZwClose(gKey); // expect: driver-irql "'ZwClose' requires PASSIVE_LEVEL but is called at DISPATCH_LEVEL because 'CfgCloseKey' is annotated _IRQL_requires_(DISPATCH_LEVEL)"
        gKey = NULL;
    }
}

_Use_decl_annotations_
VOID CfgTickDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    if (++gTicks == 10) {
        CfgCloseKey();
    }
}

_Use_decl_annotations_
VOID CfgUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeCancelTimer(&gTickTimer);
    KeFlushQueuedDpcs();
    if (gKey != NULL) {
        ZwClose(gKey);
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    OBJECT_ATTRIBUTES attributes;
    LARGE_INTEGER dueTime;
    NTSTATUS status;

    InitializeObjectAttributes(&attributes, RegistryPath, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    status = ZwOpenKey(&gKey, KEY_READ, &attributes);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    KeInitializeTimer(&gTickTimer);
    KeInitializeDpc(&gTickDpc, CfgTickDpc, NULL);
    dueTime.QuadPart = -10 * 1000 * 1000; // one second, relative
    KeSetTimerEx(&gTickTimer, dueTime, 1000, &gTickDpc);
    DriverObject->DriverUnload = CfgUnload;
    return STATUS_SUCCESS;
}
