// driver-role-type in C++: DriverEntry is given C linkage with extern "C" but
// no DRIVER_INITIALIZE declaration, and the Unload routine, a C++ function,
// has an ordinary prototype. Fires on both first declarations.
// role-types.cpp is the silent twin.
#include <ntddk.h>

extern "C" NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath); // expect: driver-role-type "DRIVER_INITIALIZE"
static VOID CppUnload(_In_ PDRIVER_OBJECT DriverObject); // expect: driver-role-type "is not declared with role type DRIVER_UNLOAD"

namespace {

class DeviceHolder {
public:
    NTSTATUS Create(PDRIVER_OBJECT driver)
    {
        return IoCreateDevice(driver, 0, nullptr, FILE_DEVICE_UNKNOWN, 0, FALSE, &device_);
    }
    void Delete()
    {
        if (device_ != nullptr) {
            IoDeleteDevice(device_);
            device_ = nullptr;
        }
    }

private:
    PDEVICE_OBJECT device_ = nullptr;
};

DeviceHolder g_holder;

} // namespace

static VOID CppUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    g_holder.Delete();
}

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    NTSTATUS status = g_holder.Create(DriverObject);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = CppUnload;
    return STATUS_SUCCESS;
}
