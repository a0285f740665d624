// driver-unload-missing-cleanup: DriverEntry registers a PnP notification and
// only the Unload routine unregisters it. The system does not call Unload while
// a PnP notification is registered (seed 001), so the driver can never be
// unloaded. Fires at the registration.
// pnp-notification-unregistered-in-callback.c is the silent twin.
#include <ntddk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
DRIVER_NOTIFICATION_CALLBACK_ROUTINE SampOnChange;
static const GUID SampClass = { 0x2f6e0a1b, 0x7c3d, 0x4e58, { 0x8b, 0x90, 0x1d, 0x4a, 0x6c, 0x2e, 0xf3, 0x07 } };
static PVOID gEntry;
_Use_decl_annotations_
NTSTATUS SampOnChange(PVOID NotificationStructure, PVOID Context)
{
    UNREFERENCED_PARAMETER(NotificationStructure);
    UNREFERENCED_PARAMETER(Context);
    return STATUS_SUCCESS;
}
_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoUnregisterPlugPlayNotificationEx(gEntry);
}
_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = SampUnload;
    return IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange, 0, (PVOID)&SampClass, // expect: driver-unload-missing-cleanup "is released only on the unload path, but the system does not call the Unload routine 'SampUnload' while it is registered"
                                          DriverObject, SampOnChange, NULL, &gEntry);
}
