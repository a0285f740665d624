// driver-dispatch-cleanup: cleanup-early-return-completed.c whose early
// return (a handle without a context block) leaves without IoCompleteRequest:
// the path through the if neither completes the IRP nor passes it down. The
// path that frees the block is correct. Fires at the early return.
// Twin: cleanup-early-return-completed.c.
#include <ntddk.h>

#define CTX_TAG 'xtCS'

typedef struct _CTX_FILE {
    ULONG BytesWritten;
} CTX_FILE, *PCTX_FILE;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD CtxUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH CtxCreateClose;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH CtxDispatchCleanup;

static PDEVICE_OBJECT gDevice;

_Use_decl_annotations_
NTSTATUS CtxCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->MajorFunction == IRP_MJ_CREATE) {
        stack->FileObject->FsContext = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(CTX_FILE), CTX_TAG);
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS CtxDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFILE_OBJECT fileObject = IoGetCurrentIrpStackLocation(Irp)->FileObject;
    PCTX_FILE ctx = (PCTX_FILE)fileObject->FsContext;

    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    if (ctx == NULL) {
        return STATUS_SUCCESS; // expect: driver-dispatch-cleanup "returns without completing the IRP"
    }
    DbgPrint("ctx: handle %p wrote %lu bytes\n", fileObject, ctx->BytesWritten);
    fileObject->FsContext = NULL;
    ExFreePoolWithTag(ctx, CTX_TAG);
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID CtxUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(gDevice);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Ctx");
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, &gDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = CtxCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = CtxCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = CtxDispatchCleanup;
    DriverObject->DriverUnload = CtxUnload;
    gDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
