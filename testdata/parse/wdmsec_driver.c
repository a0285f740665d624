/*
 * wdmsec_driver.c - a control-device driver that creates its device with
 * IoCreateDeviceSecure (<wdmsec.h>, mapped to WdmlibIoCreateDeviceSecure), a
 * predefined SDDL_DEVOBJ_* string or its own SDDL, a device class GUID, and
 * checks IOCTL access with IoValidateDeviceIoControlAccess. Parse test for
 * testdata/parse/check.sh.
 */

#include <ntddk.h>
#include <wdmsec.h>
#include <initguid.h>

DEFINE_GUID(GUID_DEVCLASS_UNLOADCHECK_SAMPLE,
            0x3c5a1e77, 0x92d4, 0x4b1f, 0xa6, 0x0e, 0x5d, 0x18, 0xc2, 0x44, 0x7b, 0x90);

#define IOCTL_SECURE_WRITE \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_WRITE_ACCESS)

DECLARE_CONST_UNICODE_STRING(SecureSddl, L"D:P(A;;GA;;;SY)(A;;GRGW;;;BA)");
DECLARE_GLOBAL_CONST_UNICODE_STRING(SecureDeviceName, L"\\Device\\UcSecure");

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SecureUnload;
_Dispatch_type_(IRP_MJ_CREATE)
_Dispatch_type_(IRP_MJ_CLOSE)
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL)
DRIVER_DISPATCH SecureDispatch;

static PDEVICE_OBJECT g_Device;
static PDEVICE_OBJECT g_AdminDevice;

_Use_decl_annotations_
NTSTATUS
DriverEntry(
    PDRIVER_OBJECT DriverObject,
    PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;
    UNICODE_STRING adminName = RTL_CONSTANT_STRING(L"\\Device\\UcSecureAdmin");
    UNICODE_STRING deviceName = SecureDeviceName;

    UNREFERENCED_PARAMETER(RegistryPath);

    status = IoCreateDeviceSecure(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                                  FILE_DEVICE_SECURE_OPEN, FALSE, &SecureSddl,
                                  &GUID_DEVCLASS_UNLOADCHECK_SAMPLE, &g_Device);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = WdmlibIoCreateDeviceSecure(DriverObject, 0, &adminName, FILE_DEVICE_UNKNOWN,
                                        FILE_DEVICE_SECURE_OPEN, FALSE,
                                        &SDDL_DEVOBJ_SYS_ALL_ADM_ALL, NULL, &g_AdminDevice);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(g_Device);
        return status;
    }

    DriverObject->MajorFunction[IRP_MJ_CREATE] = SecureDispatch;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SecureDispatch;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = SecureDispatch;
    DriverObject->DriverUnload = SecureUnload;
    g_Device->Flags &= ~DO_DEVICE_INITIALIZING;
    g_AdminDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID
SecureUnload(
    PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(g_AdminDevice);
    IoDeleteDevice(g_Device);
}

_Use_decl_annotations_
NTSTATUS
SecureDispatch(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->MajorFunction == IRP_MJ_DEVICE_CONTROL) {
        if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_SECURE_WRITE) {
            status = IoValidateDeviceIoControlAccess(Irp, FILE_WRITE_ACCESS);
        } else {
            status = STATUS_INVALID_DEVICE_REQUEST;
        }
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
