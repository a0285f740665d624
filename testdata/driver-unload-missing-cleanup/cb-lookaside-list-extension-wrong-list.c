// driver-unload-missing-cleanup: cb-lookaside-list-extension-deleted.c whose
// Unload routine deletes devExt->ReadList twice (a copy-paste slip) and never
// devExt->WriteList. Fields are matched by name within their structure type,
// so deleting ReadList does not count for WriteList. Fires on the
// initialisation of ext->WriteList only.
#include <ntddk.h>

#define SAMP_TAG 'lksS'

typedef struct _SAMP_EXTENSION {
    NPAGED_LOOKASIDE_LIST ReadList;
    NPAGED_LOOKASIDE_LIST WriteList;
} SAMP_EXTENSION, *PSAMP_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    PDEVICE_OBJECT device = DriverObject->DeviceObject;
    PSAMP_EXTENSION devExt;

    if (device == NULL) {
        return;
    }
    devExt = (PSAMP_EXTENSION)device->DeviceExtension;
    ExDeleteNPagedLookasideList(&devExt->ReadList);
    ExDeleteNPagedLookasideList(&devExt->ReadList);
    IoDeleteDevice(device);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\SampLists");
    PDEVICE_OBJECT device;
    PSAMP_EXTENSION ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(SAMP_EXTENSION), &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PSAMP_EXTENSION)device->DeviceExtension;
    ExInitializeNPagedLookasideList(&ext->ReadList, NULL, NULL, 0, 512, SAMP_TAG, 0);
    ExInitializeNPagedLookasideList(&ext->WriteList, NULL, NULL, 0, 512, SAMP_TAG, 0); // expect: driver-unload-missing-cleanup "ExInitializeNPagedLookasideList lookaside list 'ext->WriteList' is never deleted: call ExDeleteNPagedLookasideList(&ext->WriteList) in 'SampUnload'"
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
