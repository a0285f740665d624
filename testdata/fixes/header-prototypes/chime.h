// Shared declarations of the two-file "chime" driver, written with plain
// prototypes instead of role types (see chime.c).
#pragma once
#include <ntddk.h>

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath); // expect: driver-role-type "DRIVER_INITIALIZE"
    VOID ChimeUnload(_In_ PDRIVER_OBJECT DriverObject); // expect: driver-role-type "DRIVER_UNLOAD"
