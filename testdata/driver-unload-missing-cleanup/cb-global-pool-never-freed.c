// driver-unload-missing-cleanup: cb-global-pool-freed.c whose Unload routine
// frees neither buffer: both stay allocated after the driver is gone, a leak
// Driver Verifier reports at unload (bugcheck 0xC4, pool allocations still
// held). Fires on both allocations.
#include <ntddk.h>

#define SAMP_TAG 'lpgS'
#define SAMP_CONFIG_SIZE 256
#define SAMP_TABLE_ENTRIES 1024

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static PVOID gConfigBuffer;
static PULONG gHashTable;

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    DbgPrint("samp: unloading\n");
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    gConfigBuffer = ExAllocatePoolWithTag(PagedPool, SAMP_CONFIG_SIZE, SAMP_TAG); // expect: driver-unload-missing-cleanup "ExAllocatePoolWithTag pool allocation 'gConfigBuffer' is never freed: call ExFreePoolWithTag(gConfigBuffer, SAMP_TAG) in 'SampUnload'"
    if (gConfigBuffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    gHashTable = (PULONG)ExAllocatePool2(POOL_FLAG_NON_PAGED, SAMP_TABLE_ENTRIES * sizeof(ULONG), SAMP_TAG); // expect: driver-unload-missing-cleanup "ExAllocatePool2 pool allocation 'gHashTable' is never freed: call ExFreePoolWithTag(gHashTable, SAMP_TAG) in 'SampUnload'"
    if (gHashTable == NULL) {
        ExFreePoolWithTag(gConfigBuffer, SAMP_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
