/*
 * ntstrsafe.h - unloadcheck wrapper around mingw-w64's ddk/ntstrsafe.h.
 *
 * Part of unloadcheck's WDK-compatibility headers (see README.md here).
 * Written for unloadcheck; not derived from the Windows Driver Kit.
 *
 * mingw-w64's ntstrsafe.h has the RtlStringCch* / RtlStringCb* routines but
 * none of the UNICODE_STRING ones (RtlUnicodeStringPrintf, ...). They are
 * declared in unloadcheck_ntstrsafe.h unless the driver defines
 * NTSTRSAFE_NO_UNICODE_STRING_FUNCTIONS. They need UNICODE_STRING: if no DDK
 * header has been included yet, the wdm.h wrapper declares them later.
 */

#ifndef _UNLOADCHECK_NTSTRSAFE_H_
#define _UNLOADCHECK_NTSTRSAFE_H_

#include_next <ntstrsafe.h>

#include <unloadcheck_sal.h>

/* The documented ntstrsafe prototypes take "DWORD dwFlags"; kernel code that
   includes only ntddk.h and ntstrsafe.h passes DWORD values too. */
typedef unsigned long DWORD;

#if !defined(NTSTRSAFE_NO_UNICODE_STRING_FUNCTIONS) && defined(_NTDEF_)
#include <unloadcheck_ntstrsafe.h>
#endif

#endif /* _UNLOADCHECK_NTSTRSAFE_H_ */
