/*
 * wdm.h - unloadcheck wrapper around mingw-w64's ddk/wdm.h.
 *
 * Part of unloadcheck's WDK-compatibility headers (see README.md here).
 * Written for unloadcheck; not derived from the Windows Driver Kit.
 *
 * This directory comes first on the include path, so <wdm.h> (and mingw-w64's
 * ntddk.h, which includes <wdm.h>) land here. We include the real header with
 * #include_next and then add what a WDK-era WDM driver expects and mingw-w64
 * lacks (unloadcheck_wdm.h).
 */

#ifndef _UNLOADCHECK_WDM_H_
#define _UNLOADCHECK_WDM_H_

/*
 * C++: mingw-w64's wdm.h defines InterlockedBitTestAndSet/Reset as static
 * inline functions although its intrin.h (psdk_inc/intrin-impl.h) already
 * defined them. C accepts the second definition (the first is gnu_inline);
 * C++ reports "redefinition of 'InterlockedBitTestAndSet'". Pull intrin.h in
 * first under the real names, rename wdm.h's copies out of the way while it is
 * parsed, then map both names to the compiler intrinsics exactly as wdm.h's own
 * #defines do at the end.
 */
#if defined(__cplusplus) && !defined(_WDMDDK_)
#include <intrin.h>
#define InterlockedBitTestAndSet _unloadcheck_wdm_InterlockedBitTestAndSet
#define InterlockedBitTestAndReset _unloadcheck_wdm_InterlockedBitTestAndReset
#define _UNLOADCHECK_WDM_BITTEST_RENAMED
#endif

#include_next <wdm.h>

#ifdef _UNLOADCHECK_WDM_BITTEST_RENAMED
#undef _UNLOADCHECK_WDM_BITTEST_RENAMED
#undef InterlockedBitTestAndSet
#undef InterlockedBitTestAndReset
#define InterlockedBitTestAndSet _interlockedbittestandset
#define InterlockedBitTestAndReset _interlockedbittestandreset
#endif

#include <unloadcheck_sal.h>
#include <unloadcheck_wdm.h>

/* ntstrsafe.h came first: its UNICODE_STRING routines can be declared now. */
#if defined(_NTSTRSAFE_H_INCLUDED_) && !defined(NTSTRSAFE_NO_UNICODE_STRING_FUNCTIONS)
#include <unloadcheck_ntstrsafe.h>
#endif

#endif /* _UNLOADCHECK_WDM_H_ */
