// Suppression comments, as clang-tidy reads them. Each routine here is a
// driver-routine-naming finding (an Unload routine not named XxxUnload) or a
// driver-use-decl-annotations one (a role-typed definition without
// _Use_decl_annotations_); the comments decide which are reported:
// - NOLINT on the line, with no rule or with the rule: silenced;
// - NOLINT naming another rule: still reported;
// - NOLINTNEXTLINE on the line before: silenced;
// - NOLINTBEGIN(glob) ... NOLINTEND(glob) around the routine: silenced.
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SupRemove;
_Dispatch_type_(IRP_MJ_CREATE) DRIVER_DISPATCH SupCreate;
_Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SupClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SupControl;

_Use_decl_annotations_ VOID SupRemove(PDRIVER_OBJECT DriverObject) // NOLINT(driver-routine-naming)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS SupCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp) // NOLINT
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

// expect@+1: driver-use-decl-annotations "'SupClose' is declared with role type DRIVER_DISPATCH"
NTSTATUS SupClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) // NOLINT(driver-role-type)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

// NOLINTBEGIN(driver-use-*)
NTSTATUS SupControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_INVALID_DEVICE_REQUEST;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_INVALID_DEVICE_REQUEST;
}
// NOLINTEND(driver-use-*)

// NOLINTNEXTLINE(driver-use-decl-annotations)
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = SupCreate;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SupClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SupControl;
    DriverObject->DriverUnload = SupRemove;
    return STATUS_SUCCESS;
}
