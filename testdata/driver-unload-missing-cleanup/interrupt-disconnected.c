// driver-unload-missing-cleanup: the interrupt DriverEntry connects is
// disconnected by Unload before the device is deleted. Silent.
// interrupt-not-disconnected.c is the firing twin.
#include <ntddk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD IntUnload;
KSERVICE_ROUTINE IntIsr;
PDEVICE_OBJECT g_Dev;
PKINTERRUPT g_Interrupt;
_Use_decl_annotations_
BOOLEAN IntIsr(PKINTERRUPT Interrupt, PVOID ServiceContext)
{
    UNREFERENCED_PARAMETER(Interrupt); UNREFERENCED_PARAMETER(ServiceContext);
    return FALSE;
}
_Use_decl_annotations_
VOID IntUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDisconnectInterrupt(g_Interrupt);
    IoDeleteDevice(g_Dev);
}
_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;
    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &g_Dev);
    if (!NT_SUCCESS(status)) return status;
    status = IoConnectInterrupt(&g_Interrupt, IntIsr, g_Dev, NULL, 0, 0, 0, LevelSensitive, TRUE, 1, FALSE);
    if (!NT_SUCCESS(status)) { IoDeleteDevice(g_Dev); return status; }
    DriverObject->DriverUnload = IntUnload;
    return STATUS_SUCCESS;
}
