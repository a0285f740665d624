// driver-unload-missing-cleanup: a legacy driver registers
// SampOnInterfaceChange for device interface arrivals with
// IoRegisterPlugPlayNotification (handle in gInterfaceNotification) and
// never unregisters it: not in the callback, not anywhere else. The
// registration holds a reference on the driver object, so the driver can
// never be unloaded. Fires on the IoRegisterPlugPlayNotification call with
// the message about the Unload routine.
// pnp-notification-unregistered-in-callback.c is the silent twin.
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
    return IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange, 0, (PVOID)&SampWatchedClass, // expect: driver-unload-missing-cleanup "IoRegisterPlugPlayNotification registration 'gInterfaceNotification' is never unregistered, so the system never calls the Unload routine 'SampUnload': call IoUnregisterPlugPlayNotificationEx(gInterfaceNotification) once the notification is no longer needed"
                                          DriverObject, SampOnInterfaceChange, NULL,
                                          &gInterfaceNotification);
}
