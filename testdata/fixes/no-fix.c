// driver-role-type findings that get no fix-it, because placing the
// declaration needs judgement: SampUnload is declared and defined through a
// macro (the declaration would have to go into the macro or next to each
// use), and SampStartIo's prototype shares its line with another
// declaration. unloadcheck --fix leaves this file as it is, and both
// findings are left:
// after-fix: driver-role-type "'SampUnload' is stored in DriverUnload"
// after-fix: driver-role-type "'SampStartIo' is stored in DriverStartIo"
// role-type-prototype.c is the twin whose findings are fixed.
#include <ntddk.h>

#define SAMP_UNLOAD_ROUTINE(name) VOID name(_In_ PDRIVER_OBJECT DriverObject)

DRIVER_INITIALIZE DriverEntry;
SAMP_UNLOAD_ROUTINE(SampUnload); // expect: driver-role-type "DRIVER_UNLOAD"
static PDEVICE_OBJECT g_SampDevice; VOID SampStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp); // expect: driver-role-type "DRIVER_STARTIO"

SAMP_UNLOAD_ROUTINE(SampUnload)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (g_SampDevice != NULL) {
        IoDeleteDevice(g_SampDevice);
        g_SampDevice = NULL;
    }
}

VOID SampStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoStartNextPacket(DeviceObject, FALSE);
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &g_SampDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverStartIo = SampStartIo;
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
