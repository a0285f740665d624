// Declarations of the "meter" driver.
#pragma once
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD MeterShutdown;
