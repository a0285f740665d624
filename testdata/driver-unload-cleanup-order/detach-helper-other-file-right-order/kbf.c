// driver-unload-cleanup-order, two files: a legacy filter attached above
// \Device\KeyboardClass0 with IoAttachDeviceToDeviceStack. Its Unload (here)
// calls KbfDetach and then KbfDeleteFilter, both defined in kbf_teardown.c:
// detached before it is deleted. Silent. Twin: ../detach-helper-other-file/
// (KbfDeleteFilter called first).
#include "kbf.h"

PDEVICE_OBJECT gKbfFilter;
PDEVICE_OBJECT gKbfLower;
PFILE_OBJECT gKbfTargetFile;

_Use_decl_annotations_
NTSTATUS KbfPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(gKbfLower, Irp);
}

_Use_decl_annotations_
VOID KbfUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KbfDetach();
    KbfDeleteFilter();
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING targetName = RTL_CONSTANT_STRING(L"\\Device\\KeyboardClass0");
    PDEVICE_OBJECT target;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoGetDeviceObjectPointer(&targetName, FILE_READ_DATA, &gKbfTargetFile, &target);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_KEYBOARD, 0, FALSE, &gKbfFilter);
    if (!NT_SUCCESS(status)) {
        ObDereferenceObject(gKbfTargetFile);
        return status;
    }
    gKbfLower = IoAttachDeviceToDeviceStack(gKbfFilter, target);
    if (gKbfLower == NULL) {
        IoDeleteDevice(gKbfFilter);
        ObDereferenceObject(gKbfTargetFile);
        return STATUS_NO_SUCH_DEVICE;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = KbfPassThrough;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = KbfPassThrough;
    DriverObject->MajorFunction[IRP_MJ_READ] = KbfPassThrough;
    DriverObject->DriverUnload = KbfUnload;
    gKbfFilter->Flags |= gKbfLower->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO | DO_POWER_PAGABLE);
    gKbfFilter->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
