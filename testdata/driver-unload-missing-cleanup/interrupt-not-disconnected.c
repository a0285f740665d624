// driver-unload-missing-cleanup: DriverEntry connects an interrupt that Unload
// never disconnects, so the interrupt service routine can run after the image
// is gone. Fires at IoConnectInterrupt. interrupt-disconnected.c is the silent
// twin.
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
    IoDeleteDevice(g_Dev);
}
_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;
    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &g_Dev);
    if (!NT_SUCCESS(status)) return status;
    status = IoConnectInterrupt(&g_Interrupt, IntIsr, g_Dev, NULL, 0, 0, 0, LevelSensitive, TRUE, 1, FALSE); // expect: driver-unload-missing-cleanup "IoConnectInterrupt interrupt 'g_Interrupt' is never disconnected: call IoDisconnectInterrupt(g_Interrupt) in 'IntUnload'"
    if (!NT_SUCCESS(status)) { IoDeleteDevice(g_Dev); return status; }
    DriverObject->DriverUnload = IntUnload;
    return STATUS_SUCCESS;
}
