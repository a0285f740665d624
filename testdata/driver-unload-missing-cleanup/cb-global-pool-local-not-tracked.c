// driver-unload-missing-cleanup: DriverEntry allocates a scratch buffer into a
// LOCAL variable and never frees it. That is a leak, but not one the Unload
// routine can fix: pool allocations are only tracked when the pointer is kept
// in a global, where the Unload routine can reach it. Silent. Firing twin
// (the pointers kept in globals): cb-global-pool-never-freed.c.
#include <ntddk.h>

#define SAMP_TAG 'lpgS'
#define SAMP_SCRATCH_SIZE 512

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static ULONG gChecksum;

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    DbgPrint("samp: unloading, checksum %08lx\n", gChecksum);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PUCHAR scratch;
    USHORT i;

    scratch = (PUCHAR)ExAllocatePoolWithTag(NonPagedPoolNx, SAMP_SCRATCH_SIZE, SAMP_TAG);
    if (scratch == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(scratch, SAMP_SCRATCH_SIZE);
    for (i = 0; i < RegistryPath->Length / sizeof(WCHAR) && i < SAMP_SCRATCH_SIZE; i++) {
        scratch[i] = (UCHAR)RegistryPath->Buffer[i];
        gChecksum = gChecksum * 31 + scratch[i];
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
