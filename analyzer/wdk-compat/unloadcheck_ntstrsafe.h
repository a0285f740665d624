/*
 * unloadcheck_ntstrsafe.h - UNICODE_STRING routines of ntstrsafe.h.
 *
 * Part of unloadcheck's WDK-compatibility headers (see README.md here).
 * Written for unloadcheck from the documented shapes of these routines; not
 * derived from the Windows Driver Kit.
 *
 * The WDK implements these inline; here they are prototypes. They need
 * UNICODE_STRING (ntdef.h): the ntstrsafe.h wrapper includes this header when
 * a DDK header came first, otherwise the wdm.h wrapper includes it once wdm.h
 * has been read (a driver may include ntstrsafe.h before ntddk.h).
 */

#ifndef _UNLOADCHECK_NTSTRSAFE_EXTRAS_H_
#define _UNLOADCHECK_NTSTRSAFE_EXTRAS_H_

#ifndef NTSTRSAFE_UNICODE_STRING_MAX_CCH
#define NTSTRSAFE_UNICODE_STRING_MAX_CCH (0xffff / sizeof(wchar_t))
#endif
#ifndef STRSAFE_ZERO_LENGTH_ON_FAILURE
#define STRSAFE_ZERO_LENGTH_ON_FAILURE 0x00000800
#endif

#ifdef __cplusplus
extern "C" {
#endif

NTSTATUS
NTAPI
RtlUnicodeStringInit(
    _Out_ PUNICODE_STRING DestinationString,
    _In_opt_ NTSTRSAFE_PCWSTR pszSrc);

NTSTATUS
NTAPI
RtlUnicodeStringInitEx(
    _Out_ PUNICODE_STRING DestinationString,
    _In_opt_ NTSTRSAFE_PCWSTR pszSrc,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringValidate(
    _In_opt_ PCUNICODE_STRING SourceString);

NTSTATUS
NTAPI
RtlUnicodeStringValidateEx(
    _In_opt_ PCUNICODE_STRING SourceString,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringCopyString(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc);

NTSTATUS
NTAPI
RtlUnicodeStringCopyStringEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringCopy(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString);

NTSTATUS
NTAPI
RtlUnicodeStringCopyEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringCchCopyStringN(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc,
    _In_ size_t cchToCopy);

NTSTATUS
NTAPI
RtlUnicodeStringCchCopyStringNEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc,
    _In_ size_t cchToCopy,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringCbCopyStringN(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc,
    _In_ size_t cbToCopy);

NTSTATUS
NTAPI
RtlUnicodeStringCbCopyStringNEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc,
    _In_ size_t cbToCopy,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringCchCopyN(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString,
    _In_ size_t cchToCopy);

NTSTATUS
NTAPI
RtlUnicodeStringCchCopyNEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString,
    _In_ size_t cchToCopy,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringCbCopyN(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString,
    _In_ size_t cbToCopy);

NTSTATUS
NTAPI
RtlUnicodeStringCbCopyNEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString,
    _In_ size_t cbToCopy,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringCatString(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc);

NTSTATUS
NTAPI
RtlUnicodeStringCatStringEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringCat(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString);

NTSTATUS
NTAPI
RtlUnicodeStringCatEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringCchCatStringN(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc,
    _In_ size_t cchToAppend);

NTSTATUS
NTAPI
RtlUnicodeStringCchCatStringNEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc,
    _In_ size_t cchToAppend,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringCbCatStringN(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc,
    _In_ size_t cbToAppend);

NTSTATUS
NTAPI
RtlUnicodeStringCbCatStringNEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc,
    _In_ size_t cbToAppend,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringCchCatN(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString,
    _In_ size_t cchToAppend);

NTSTATUS
NTAPI
RtlUnicodeStringCchCatNEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString,
    _In_ size_t cchToAppend,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringCbCatN(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString,
    _In_ size_t cbToAppend);

NTSTATUS
NTAPI
RtlUnicodeStringCbCatNEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString,
    _In_ size_t cbToAppend,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlUnicodeStringVPrintf(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat,
    _In_ va_list argList);

NTSTATUS
NTAPI
RtlUnicodeStringVPrintfEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags,
    _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat,
    _In_ va_list argList);

NTSTATUS
NTAPI
RtlUnicodeStringPrintf(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat,
    ...);

NTSTATUS
NTAPI
RtlUnicodeStringPrintfEx(
    _Inout_ PUNICODE_STRING DestinationString,
    _Out_opt_ PUNICODE_STRING RemainingString,
    _In_ ULONG dwFlags,
    _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat,
    ...);

NTSTATUS
NTAPI
RtlStringCchCopyUnicodeString(
    _Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cchDest,
    _In_ PCUNICODE_STRING SourceString);

NTSTATUS
NTAPI
RtlStringCbCopyUnicodeString(
    _Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cbDest,
    _In_ PCUNICODE_STRING SourceString);

NTSTATUS
NTAPI
RtlStringCchCopyUnicodeStringEx(
    _Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cchDest,
    _In_ PCUNICODE_STRING SourceString,
    _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd,
    _Out_opt_ size_t *pcchRemaining,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlStringCbCopyUnicodeStringEx(
    _Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cbDest,
    _In_ PCUNICODE_STRING SourceString,
    _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd,
    _Out_opt_ size_t *pcbRemaining,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlStringCchCatUnicodeString(
    _Inout_updates_(cchDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cchDest,
    _In_ PCUNICODE_STRING SourceString);

NTSTATUS
NTAPI
RtlStringCbCatUnicodeString(
    _Inout_updates_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cbDest,
    _In_ PCUNICODE_STRING SourceString);

NTSTATUS
NTAPI
RtlStringCchCatUnicodeStringEx(
    _Inout_updates_(cchDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cchDest,
    _In_ PCUNICODE_STRING SourceString,
    _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd,
    _Out_opt_ size_t *pcchRemaining,
    _In_ ULONG dwFlags);

NTSTATUS
NTAPI
RtlStringCbCatUnicodeStringEx(
    _Inout_updates_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cbDest,
    _In_ PCUNICODE_STRING SourceString,
    _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd,
    _Out_opt_ size_t *pcbRemaining,
    _In_ ULONG dwFlags);

#ifdef __cplusplus
}
#endif

#endif /* _UNLOADCHECK_NTSTRSAFE_EXTRAS_H_ */
