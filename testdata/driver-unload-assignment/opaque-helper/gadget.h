// Declarations of the gadget driver. GadgetInitializeDispatch is declared
// here but defined in a file that was not given to the analyzer.
#pragma once
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;

// Fills in the driver object's dispatch table and Unload routine.
NTSTATUS GadgetInitializeDispatch(_In_ PDRIVER_OBJECT DriverObject);
