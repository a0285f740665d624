// Parsed with the flags of a compilation database: with -DUSE_PLAIN_UNLOAD
// the Unload routine lacks its role type and driver-role-type fires; with
// the embedded default (no database) the driver is correct and silent.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;

#ifdef USE_PLAIN_UNLOAD
VOID FlaggedUnload(PDRIVER_OBJECT DriverObject) // flagged only with the database's -D
{
    UNREFERENCED_PARAMETER(DriverObject);
}
#else
DRIVER_UNLOAD FlaggedUnload;

_Use_decl_annotations_
VOID FlaggedUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}
#endif

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = FlaggedUnload;
    return STATUS_SUCCESS;
}
