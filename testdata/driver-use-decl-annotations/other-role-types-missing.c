// driver-use-decl-annotations: the rule covers every function role type, not
// only the five driver-object slots. Here a timer DPC (KDEFERRED_ROUTINE) and a
// polling system thread (KSTART_ROUTINE) are declared with their role types
// but defined without _Use_decl_annotations_. Fires on both definitions.
// other-role-types-annotated.c is the silent twin.
#include <ntifs.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SampUnload;
KDEFERRED_ROUTINE SampTimerDpc;
KSTART_ROUTINE SampPollThread;

static KTIMER g_Timer;
static KDPC g_TimerDpc;
static KEVENT g_Tick;
static KEVENT g_Stop;
static PKTHREAD g_Thread;

VOID SampTimerDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) // expect: driver-use-decl-annotations "SampTimerDpc"
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    KeSetEvent(&g_Tick, IO_NO_INCREMENT, FALSE);
}

VOID SampPollThread(PVOID StartContext) // expect: driver-use-decl-annotations "SampPollThread"
{
    PVOID events[2] = { &g_Stop, &g_Tick };

    UNREFERENCED_PARAMETER(StartContext);
    while (KeWaitForMultipleObjects(2, events, WaitAny, Executive, KernelMode,
                                    FALSE, NULL, NULL) != STATUS_WAIT_0) {
        DbgPrint("samp: poll\n");
    }
    PsTerminateSystemThread(STATUS_SUCCESS);
}

_Use_decl_annotations_
VOID SampUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeCancelTimer(&g_Timer);
    KeFlushQueuedDpcs();
    KeSetEvent(&g_Stop, IO_NO_INCREMENT, FALSE);
    KeWaitForSingleObject(g_Thread, Executive, KernelMode, FALSE, NULL);
    ObDereferenceObject(g_Thread);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    HANDLE thread;
    LARGE_INTEGER due;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeEvent(&g_Tick, SynchronizationEvent, FALSE);
    KeInitializeEvent(&g_Stop, NotificationEvent, FALSE);
    status = PsCreateSystemThread(&thread, THREAD_ALL_ACCESS, NULL, NULL, NULL, SampPollThread, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = ObReferenceObjectByHandle(thread, SYNCHRONIZE, *PsThreadType, KernelMode, (PVOID *)&g_Thread, NULL);
    if (!NT_SUCCESS(status)) {
        KeSetEvent(&g_Stop, IO_NO_INCREMENT, FALSE);
        ZwWaitForSingleObject(thread, FALSE, NULL);
        ZwClose(thread);
        return status;
    }
    ZwClose(thread);
    KeInitializeTimer(&g_Timer);
    KeInitializeDpc(&g_TimerDpc, SampTimerDpc, NULL);
    due.QuadPart = -10000000LL; // one second
    KeSetTimerEx(&g_Timer, due, 1000, &g_TimerDpc);
    DriverObject->DriverUnload = SampUnload;
    return STATUS_SUCCESS;
}
