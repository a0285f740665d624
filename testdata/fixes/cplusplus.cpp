// Fix-its in C++: DriverEntry is defined with extern "C" and no role type.
// The declaration the fix inserts before it must say extern "C" too, or it
// would declare a C++ function the definition then conflicts with; the
// Unload routine, in an extern "C" block, needs no such prefix.
// cplusplus.cpp.fixed compiles and is silent.
#include <ntddk.h>

extern "C" {
VOID CppUnload(_In_ PDRIVER_OBJECT DriverObject); // expect: driver-role-type "DRIVER_UNLOAD"
}

namespace {
PDEVICE_OBJECT g_device = nullptr;
} // namespace

_Use_decl_annotations_
VOID CppUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (g_device != nullptr) {
        IoDeleteDevice(g_device);
        g_device = nullptr;
    }
}

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) // expect: driver-role-type "DRIVER_INITIALIZE"
{
    UNREFERENCED_PARAMETER(RegistryPath);
    NTSTATUS status = IoCreateDevice(DriverObject, 0, nullptr, FILE_DEVICE_UNKNOWN,
                                     FILE_DEVICE_SECURE_OPEN, FALSE, &g_device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = CppUnload;
    return STATUS_SUCCESS;
}
