// driver-unload-missing-cleanup: a driver keeps two lookaside lists in its
// control device's extension. DriverEntry initialises ext->ReadList and
// ext->WriteList; the Unload routine finds the extension again through
// DriverObject->DeviceObject and deletes devExt->ReadList and
// devExt->WriteList. Fields of the same structure type match whatever the
// pointer is called. Silent. Firing twin: cb-lookaside-list-extension-wrong-list.c.
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
    ExDeleteNPagedLookasideList(&devExt->WriteList);
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
    ExInitializeNPagedLookasideList(&ext->WriteList, NULL, NULL, 0, 512, SAMP_TAG, 0);
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
