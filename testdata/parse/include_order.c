/*
 * include_order.c - headers in an unusual but real order: ntstrsafe.h and
 * wdmsec.h before ntddk.h, SAL used right after the first of them, and the
 * UNICODE_STRING routines of ntstrsafe.h used afterwards. Parse test for
 * testdata/parse/check.sh.
 */

#include <ntstrsafe.h>

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
static int OrderHelper(_In_reads_(Count) const int *Values, _In_ int Count);

#include <wdmsec.h>
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD OrderUnload;

static int
OrderHelper(
    const int *Values,
    int Count)
{
    int sum = 0;
    int i;
    for (i = 0; i < Count; i++) {
        sum += Values[i];
    }
    return sum;
}

_Use_decl_annotations_
NTSTATUS
DriverEntry(
    PDRIVER_OBJECT DriverObject,
    PUNICODE_STRING RegistryPath)
{
    DECLARE_UNICODE_STRING_SIZE(message, 128);
    static const int values[] = { 1, 2, 3 };
    NTSTATUS status;

    status = RtlUnicodeStringPrintf(&message, L"%wZ: %d", RegistryPath,
                                    OrderHelper(values, 3));
    if (NT_SUCCESS(status)) {
        status = RtlUnicodeStringCatString(&message, L" loaded");
    }
    DriverObject->DriverUnload = OrderUnload;
    return status;
}

_Use_decl_annotations_
VOID
OrderUnload(
    PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}
