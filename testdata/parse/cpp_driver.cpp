/*
 * cpp_driver.cpp - a WDM driver written in C++: <ntddk.h> and <ntstrsafe.h>
 * from C++ (mingw-w64's wdm.h alone fails there with "redefinition of
 * 'InterlockedBitTestAndSet'"), extern "C" DriverEntry, EXTERN_C_START,
 * kernel operator new/delete on ExAllocatePool2, RAII lock guard, templates,
 * alloc_text on extern "C" routines. Parse test for testdata/parse/check.sh.
 */

#include <ntddk.h>
#include <ntstrsafe.h>

#define CPP_TAG 'ppCU'

void* __cdecl operator new(size_t size, POOL_FLAGS flags, ULONG tag) noexcept
{
    return ExAllocatePool2(flags, size, tag);
}

void __cdecl operator delete(void* p, size_t) noexcept
{
    if (p != nullptr) {
        ExFreePoolWithTag(p, CPP_TAG);
    }
}

void __cdecl operator delete(void* p) noexcept
{
    if (p != nullptr) {
        ExFreePoolWithTag(p, CPP_TAG);
    }
}

class SpinLockGuard {
public:
    _IRQL_raises_(DISPATCH_LEVEL)
    explicit SpinLockGuard(KSPIN_LOCK& lock) : m_lock(lock) { KeAcquireSpinLock(&m_lock, &m_old); }
    _IRQL_requires_(DISPATCH_LEVEL)
    ~SpinLockGuard() { KeReleaseSpinLock(&m_lock, m_old); }
    SpinLockGuard(const SpinLockGuard&) = delete;
    SpinLockGuard& operator=(const SpinLockGuard&) = delete;
private:
    KSPIN_LOCK& m_lock;
    KIRQL m_old;
};

template <typename T, ULONG Capacity>
class FixedQueue {
public:
    bool Push(const T& value)
    {
        if (m_count == Capacity) {
            return false;
        }
        m_items[m_count++] = value;
        return true;
    }
    ULONG Count() const { return m_count; }
private:
    T m_items[Capacity] = {};
    ULONG m_count = 0;
};

struct DeviceState {
    KSPIN_LOCK Lock;
    FixedQueue<ULONG, 16> Queue;
    volatile LONG Flags;
    UNICODE_STRING Name;
    WCHAR NameBuffer[64];
};

static DeviceState* g_State = nullptr;

EXTERN_C_START
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD CppUnload;
_Dispatch_type_(IRP_MJ_CREATE)
_Dispatch_type_(IRP_MJ_CLOSE)
DRIVER_DISPATCH CppCreateClose;
EXTERN_C_END

extern "C" DRIVER_DISPATCH CppDeviceControl;

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, CppUnload)
#pragma alloc_text(PAGE, CppCreateClose)
#endif

extern "C"
_Use_decl_annotations_
NTSTATUS
DriverEntry(
    PDRIVER_OBJECT DriverObject,
    PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);

    g_State = new (POOL_FLAG_NON_PAGED, CPP_TAG) DeviceState();
    if (g_State == nullptr) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeSpinLock(&g_State->Lock);
    RtlInitEmptyUnicodeString(&g_State->Name, g_State->NameBuffer, sizeof(g_State->NameBuffer));
    NTSTATUS status = RtlUnicodeStringPrintf(&g_State->Name, L"\\Device\\UcCpp%u", 0u);
    if (!NT_SUCCESS(status)) {
        delete g_State;
        g_State = nullptr;
        return status;
    }

    InterlockedBitTestAndSet(&g_State->Flags, 0);
    (void)InterlockedBitTestAndReset(&g_State->Flags, 1);

    auto setAll = [DriverObject](PDRIVER_DISPATCH dispatch) {
        for (ULONG i = 0; i <= IRP_MJ_MAXIMUM_FUNCTION; i++) {
            DriverObject->MajorFunction[i] = dispatch;
        }
    };
    setAll(CppCreateClose);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = CppDeviceControl;
    DriverObject->DriverUnload = CppUnload;
    return STATUS_SUCCESS;
}

extern "C"
_Use_decl_annotations_
VOID
CppUnload(
    PDRIVER_OBJECT DriverObject)
{
    PAGED_CODE();
    UNREFERENCED_PARAMETER(DriverObject);
    delete g_State;
    g_State = nullptr;
}

extern "C"
_Use_decl_annotations_
NTSTATUS
CppCreateClose(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp)
{
    PAGED_CODE();
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

extern "C"
_Use_decl_annotations_
NTSTATUS
CppDeviceControl(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG code = stack->Parameters.DeviceIoControl.IoControlCode;
    {
        SpinLockGuard guard(g_State->Lock);
        (void)g_State->Queue.Push(code);
    }
    UNICODE_STRING constant = RTL_CONSTANT_STRING(L"constant");
    UNREFERENCED_PARAMETER(constant);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
