// The meter driver's Unload routine, misnamed.
#include "meter.h"

_Use_decl_annotations_ VOID MeterShutdown(PDRIVER_OBJECT DriverObject) // expect: driver-routine-naming "should be named XxxUnload"
{
    if (DriverObject->DeviceObject != NULL) {
        IoDeleteDevice(DriverObject->DeviceObject);
    }
}
