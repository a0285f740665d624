// driver-unload-pending-work: a driver that reads its configuration from the
// registry in a system worker thread (ExInitializeWorkItem + ExQueueWorkItem
// in DriverEntry). The routine signals gConfigDone when it finishes, and
// Unload waits on that event with KeWaitForSingleObject before returning.
// Silent. Twin: ex-work-item-not-drained.c (Unload does not wait).
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD CfgUnload;
WORKER_THREAD_ROUTINE CfgReadConfiguration;

static WORK_QUEUE_ITEM gConfigItem;
static KEVENT gConfigDone;
static ULONG gVerbose;

_Use_decl_annotations_
VOID CfgReadConfiguration(PVOID Parameter)
{
    RTL_QUERY_REGISTRY_TABLE table[2];

    UNREFERENCED_PARAMETER(Parameter);
    RtlZeroMemory(table, sizeof(table));
    table[0].Flags = RTL_QUERY_REGISTRY_DIRECT;
    table[0].Name = L"Verbose";
    table[0].EntryContext = &gVerbose;
    RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, L"Cfg", table, NULL, NULL);
    KeSetEvent(&gConfigDone, IO_NO_INCREMENT, FALSE);
}

_Use_decl_annotations_
VOID CfgUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeWaitForSingleObject(&gConfigDone, Executive, KernelMode, FALSE, NULL);
    DbgPrint("cfg: unloading, verbose=%lu\n", gVerbose);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeEvent(&gConfigDone, NotificationEvent, FALSE);
    ExInitializeWorkItem(&gConfigItem, CfgReadConfiguration, NULL);
    ExQueueWorkItem(&gConfigItem, DelayedWorkQueue);
    DriverObject->DriverUnload = CfgUnload;
    return STATUS_SUCCESS;
}
