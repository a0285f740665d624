// driver-unload-assignment (a): a driver that only logs the OS version at boot
// creates nothing and registers nothing, so not storing an Unload routine
// costs nothing (it just stays loaded). Silent.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    RTL_OSVERSIONINFOW version;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DriverObject);
    RtlZeroMemory(&version, sizeof(version));
    version.dwOSVersionInfoSize = sizeof(version);
    status = RtlGetVersion(&version);
    if (NT_SUCCESS(status)) {
        DbgPrint("samp: %wZ loaded on Windows %lu.%lu build %lu\n", RegistryPath,
                 version.dwMajorVersion, version.dwMinorVersion, version.dwBuildNumber);
    }
    return STATUS_SUCCESS;
}
