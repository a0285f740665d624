// The interface of a static library the driver links with; its code is not
// among the files analysed. The project's .unloadcheck.json says that
// TlmOpenSession opens a session which TlmCloseSession must close.
#pragma once
#include <ntddk.h>

typedef struct _TLM_SESSION *PTLM_SESSION;

NTSTATUS TlmOpenSession(_In_ PCWSTR Provider, _Out_ PTLM_SESSION *Session);
VOID TlmCloseSession(_In_ PTLM_SESSION Session);
VOID TlmFlush(_In_ PTLM_SESSION Session);
