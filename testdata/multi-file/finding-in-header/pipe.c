// multi-file: a two-file driver whose findings are not in this file, which
// holds DriverEntry and stores every routine. driver-dispatch-type fires in
// pipe.h (PipeRead's declaration) and driver-use-decl-annotations fires in
// pipe_io.c (PipeWrite's definition).
#include "pipe.h"

_Use_decl_annotations_
VOID PipeUnload(PDRIVER_OBJECT DriverObject)
{
    if (DriverObject->DeviceObject != NULL) {
        IoDeleteDevice(DriverObject->DeviceObject);
    }
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\SampPipe");
    PDEVICE_OBJECT device;
    PPIPE_EXTENSION ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(PIPE_EXTENSION), &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PPIPE_EXTENSION)device->DeviceExtension;
    KeInitializeSpinLock(&ext->Lock);
    ext->Pending = 0;
    device->Flags |= DO_BUFFERED_IO;

    DriverObject->MajorFunction[IRP_MJ_CREATE] = PipeCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = PipeCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = PipeRead;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = PipeWrite;
    DriverObject->DriverUnload = PipeUnload;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
