// driver-unload-missing-cleanup: a legacy driver waits for the first
// instance of a device interface class to arrive. DriverEntry registers
// SampOnInterfaceChange with IoRegisterPlugPlayNotification (handle in
// gInterfaceNotification); the callback, on GUID_DEVICE_INTERFACE_ARRIVAL,
// records the arrival and unregisters with
// IoUnregisterPlugPlayNotificationEx(gInterfaceNotification). A PnP
// notification registration holds a reference on the driver object, so it may
// be (and usually is) undone outside the Unload routine: any release in the
// driver counts. Silent. pnp-notification-never-unregistered.c is the firing
// twin.
#include <ntddk.h>
#include <wdmguid.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
DRIVER_NOTIFICATION_CALLBACK_ROUTINE SampOnInterfaceChange;

static const GUID SampWatchedClass = { 0x2f6e0a1b, 0x7c3d, 0x4e58, { 0x8b, 0x90, 0x1d, 0x4a, 0x6c, 0x2e, 0xf3, 0x07 } };
static PVOID gInterfaceNotification;
static volatile LONG gArrived;

_Use_decl_annotations_
NTSTATUS SampOnInterfaceChange(PVOID NotificationStructure, PVOID Context)
{
    PDEVICE_INTERFACE_CHANGE_NOTIFICATION change = (PDEVICE_INTERFACE_CHANGE_NOTIFICATION)NotificationStructure;

    UNREFERENCED_PARAMETER(Context);
    if (IsEqualGUID(&change->Event, &GUID_DEVICE_INTERFACE_ARRIVAL) &&
        InterlockedExchange(&gArrived, 1) == 0) {
        DbgPrint("samp: %wZ arrived\n", change->SymbolicLinkName);
        IoUnregisterPlugPlayNotificationEx(gInterfaceNotification);
    }
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    DbgPrint("samp: unloading\n");
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = SampUnload;
    return IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange, 0, (PVOID)&SampWatchedClass,
                                          DriverObject, SampOnInterfaceChange, NULL,
                                          &gInterfaceNotification);
}
