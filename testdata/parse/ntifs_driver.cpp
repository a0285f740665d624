/*
 * ntifs_driver.cpp - <ntifs.h>, <ntstrsafe.h> and <wdmsec.h> from C++ with an
 * extern "C" DriverEntry that registers and removes a process notification
 * and reads a file through Zw* calls. Parse test for testdata/parse/check.sh.
 */

#include <ntifs.h>
#include <ntstrsafe.h>
#include <wdmsec.h>

namespace {

constexpr ULONG kTag = 'CsfI';

void ProcessNotify(PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo)
{
    UNREFERENCED_PARAMETER(Process);
    UNREFERENCED_PARAMETER(ProcessId);
    if (CreateInfo != nullptr) {
        PEPROCESS parent = nullptr;
        if (NT_SUCCESS(PsLookupProcessByProcessId(CreateInfo->ParentProcessId, &parent))) {
            ObDereferenceObject(parent);
        }
    }
}

NTSTATUS ReadSettings(PCUNICODE_STRING Path)
{
    OBJECT_ATTRIBUTES attributes;
    IO_STATUS_BLOCK ioStatus;
    HANDLE file = nullptr;
    InitializeObjectAttributes(&attributes, const_cast<PUNICODE_STRING>(Path),
                               OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, nullptr, nullptr);
    NTSTATUS status = ZwCreateFile(&file, GENERIC_READ | SYNCHRONIZE, &attributes, &ioStatus,
                                   nullptr, FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ, FILE_OPEN,
                                   FILE_SYNCHRONOUS_IO_NONALERT | FILE_NON_DIRECTORY_FILE,
                                   nullptr, 0);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    auto* buffer = static_cast<PUCHAR>(ExAllocatePool2(POOL_FLAG_PAGED, 256, kTag));
    if (buffer != nullptr) {
        status = ZwReadFile(file, nullptr, nullptr, nullptr, &ioStatus, buffer, 256,
                            nullptr, nullptr);
        ExFreePoolWithTag(buffer, kTag);
    }
    ZwClose(file);
    return status;
}

} // namespace

extern "C" DRIVER_INITIALIZE DriverEntry;
extern "C" DRIVER_UNLOAD IfsCppUnload;

extern "C"
NTSTATUS
DriverEntry(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PUNICODE_STRING RegistryPath)
{
    DECLARE_UNICODE_STRING_SIZE(path, 256);
    NTSTATUS status = RtlUnicodeStringPrintf(&path, L"%wZ\\Settings", RegistryPath);
    if (NT_SUCCESS(status)) {
        (void)ReadSettings(&path);
    }
    status = PsSetCreateProcessNotifyRoutineEx(ProcessNotify, FALSE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = IfsCppUnload;
    return STATUS_SUCCESS;
}

extern "C"
VOID
IfsCppUnload(
    _In_ PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    PsSetCreateProcessNotifyRoutineEx(ProcessNotify, TRUE);
}
