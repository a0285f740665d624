// unloadcheck-test: missing-headers
// missing-header: the driver's own "driver.h" is not available to the
// analyzer, so the routines here might be role-typed there: driver-role-type,
// driver-use-decl-annotations and driver-dispatch-type stay silent on them.
// The Unload routine, though, visibly returns NTSTATUS and is cast to
// PDRIVER_UNLOAD: no header can change that, and driver-unload-assignment
// still fires on the store.
#include <ntddk.h>
#include "driver.h"

static PDEVICE_OBJECT g_Device;

NTSTATUS DrvDispatchClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DrvUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (g_Device != NULL) {
        IoDeleteDevice(g_Device);
    }
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &g_Device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DrvDispatchClose;
    DriverObject->DriverUnload = (PDRIVER_UNLOAD)DrvUnload; // expect: driver-unload-assignment "is not an Unload routine"
    return STATUS_SUCCESS;
}
