// unloadcheck-test: missing-headers
// missing-header: the driver includes its own "trace.h" (WPP tracing setup),
// which is not available to the analyzer. None of the routines visible here is
// declared with a role type or _Dispatch_type_, but trace.h could declare
// them, so driver-role-type, driver-use-decl-annotations and
// driver-dispatch-type stay silent on this file's routines. Nothing else is
// wrong. Silent (apart from the missing-header notification).
#include <ntddk.h>
#include "trace.h"

NTSTATUS TrcCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

VOID TrcUnload(PDRIVER_OBJECT DriverObject)
{
    if (DriverObject->DeviceObject != NULL) {
        IoDeleteDevice(DriverObject->DeviceObject);
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\SampTrace");
    PDEVICE_OBJECT device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = TrcCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = TrcCreateClose;
    DriverObject->DriverUnload = TrcUnload;
    return STATUS_SUCCESS;
}
