// driver-unload-missing-cleanup: DriverEntry allocates two buffers the driver
// keeps for its lifetime in globals, one with ExAllocatePoolWithTag and one
// with ExAllocatePool2. The Unload routine frees the first with
// ExFreePoolWithTag and the second, through a helper, with ExFreePool.
// Silent. Firing twin: cb-global-pool-never-freed.c.
#include <ntddk.h>

#define SAMP_TAG 'lpgS'
#define SAMP_CONFIG_SIZE 256
#define SAMP_TABLE_ENTRIES 1024

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static PVOID gConfigBuffer;
static PULONG gHashTable;

static VOID SampFreeTable(VOID)
{
    if (gHashTable != NULL) {
        ExFreePool(gHashTable);
        gHashTable = NULL;
    }
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    SampFreeTable();
    ExFreePoolWithTag(gConfigBuffer, SAMP_TAG);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    gConfigBuffer = ExAllocatePoolWithTag(PagedPool, SAMP_CONFIG_SIZE, SAMP_TAG);
    if (gConfigBuffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    gHashTable = (PULONG)ExAllocatePool2(POOL_FLAG_NON_PAGED, SAMP_TABLE_ENTRIES * sizeof(ULONG), SAMP_TAG);
    if (gHashTable == NULL) {
        ExFreePoolWithTag(gConfigBuffer, SAMP_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
