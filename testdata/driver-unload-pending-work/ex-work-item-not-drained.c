// driver-unload-pending-work: a driver that reads its configuration from the
// registry in a system worker thread: DriverEntry fills gConfigItem with
// ExInitializeWorkItem and queues it with ExQueueWorkItem. Unlike
// IoQueueWorkItem, ExQueueWorkItem takes no reference that keeps the driver
// loaded, and Unload returns without waiting for the routine, which may still
// be running in the unloaded image. Fires at the ExQueueWorkItem call. Twin:
// ex-work-item-drained.c (the routine signals gConfigDone, Unload waits on
// it with KeWaitForSingleObject).
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
    DbgPrint("cfg: unloading, verbose=%lu\n", gVerbose);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeEvent(&gConfigDone, NotificationEvent, FALSE);
    ExInitializeWorkItem(&gConfigItem, CfgReadConfiguration, NULL);
    ExQueueWorkItem(&gConfigItem, DelayedWorkQueue); // expect: driver-unload-pending-work "ExQueueWorkItem queues work item 'gConfigItem' that is never drained: call KeWaitForSingleObject on an event its routine signals when it finishes in 'CfgUnload'"
    DriverObject->DriverUnload = CfgUnload;
    return STATUS_SUCCESS;
}
