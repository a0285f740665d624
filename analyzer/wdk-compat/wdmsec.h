/*
 * wdmsec.h - unloadcheck wrapper around mingw-w64's ddk/wdmsec.h.
 *
 * Part of unloadcheck's WDK-compatibility headers (see README.md here).
 * Written for unloadcheck; not derived from the Windows Driver Kit.
 *
 * mingw-w64's wdmsec.h (IoCreateDeviceSecure -> WdmlibIoCreateDeviceSecure,
 * the SDDL_DEVOBJ_* strings) includes nothing and relies on wdm.h types. A
 * driver that includes <wdmsec.h> before <ntddk.h> or <wdm.h> would fail on
 * the first UNICODE_STRING, so wdm.h (our wrapper) is pulled in first; a
 * later #include <ntddk.h> or <ntifs.h> still works.
 */

#ifndef _UNLOADCHECK_WDMSEC_H_
#define _UNLOADCHECK_WDMSEC_H_

#ifndef _WDMDDK_
#include <wdm.h>
#endif

#include_next <wdmsec.h>

#include <unloadcheck_sal.h>

#endif /* _UNLOADCHECK_WDMSEC_H_ */
