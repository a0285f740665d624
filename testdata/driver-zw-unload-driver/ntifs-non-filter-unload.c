// driver-zw-unload-driver: fs-filter-unload-after-dbg-block.c in a driver
// that is not a file-system filter. It includes ntifs.h, as many non-filter
// drivers do (here for PsLookupProcessByProcessId: it keeps a reference to
// the System process, where DriverEntry runs), but it neither registers with
// the filter manager, nor includes fltKernel.h, nor calls
// IoRegisterFsRegistrationChange: ntifs.h alone does not make a filter. Its
// DriverEntry unloads the companion an older version installed, with the
// right service key, and tests the status. Silent.
// Firing twin: fs-filter-unload-after-dbg-block.c.
#include <ntifs.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;

static PEPROCESS gSystemProcess;

static VOID SampRemoveOldCompanion(VOID)
{
    UNICODE_STRING oldKey;
    NTSTATUS status;

    RtlInitUnicodeString(&oldKey, L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\SampOldCompanion");
#if DBG
    DbgPrint("samp: unloading %wZ\n", &oldKey);
#endif
    status = ZwUnloadDriver(&oldKey);
    if (!NT_SUCCESS(status) && status != STATUS_OBJECT_NAME_NOT_FOUND) {
        DbgPrint("samp: old companion still loaded: 0x%08X\n", status);
    }
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    ObDereferenceObject(gSystemProcess);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    SampRemoveOldCompanion();
    status = PsLookupProcessByProcessId(PsGetCurrentProcessId(), &gSystemProcess);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
