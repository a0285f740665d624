// driver-role-type in C++: no-role-types.cpp corrected. DriverEntry is
// declared with DRIVER_INITIALIZE under extern "C", and the Unload and
// dispatch routines with DRIVER_UNLOAD and DRIVER_DISPATCH; role-typed
// definitions carry _Use_decl_annotations_ (DriverEntry's definition inherits
// C linkage from its declaration). Silent.
#include <ntddk.h>

extern "C" DRIVER_INITIALIZE DriverEntry;
static DRIVER_UNLOAD CppUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) static DRIVER_DISPATCH CppCreateClose;

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

_Use_decl_annotations_
static NTSTATUS CppCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
static VOID CppUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    g_holder.Delete();
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    NTSTATUS status = g_holder.Create(DriverObject);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = CppCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = CppCreateClose;
    DriverObject->DriverUnload = CppUnload;
    return STATUS_SUCCESS;
}
