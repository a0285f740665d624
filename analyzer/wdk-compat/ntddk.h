/*
 * ntddk.h - unloadcheck wrapper around mingw-w64's ddk/ntddk.h.
 *
 * Part of unloadcheck's WDK-compatibility headers (see README.md here).
 * Written for unloadcheck; not derived from the Windows Driver Kit.
 *
 * mingw-w64's ntddk.h includes <wdm.h>, which resolves to our wdm.h wrapper
 * (C++ fix-up and wdm-level additions). After the real header we add the
 * ntddk-level declarations it lacks (unloadcheck_ntddk.h).
 */

#ifndef _UNLOADCHECK_NTDDK_H_
#define _UNLOADCHECK_NTDDK_H_

#include_next <ntddk.h>

#include <unloadcheck_sal.h>
#include <unloadcheck_ntddk.h>

#endif /* _UNLOADCHECK_NTDDK_H_ */
