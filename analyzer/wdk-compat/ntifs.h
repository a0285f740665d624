/*
 * ntifs.h - unloadcheck wrapper around mingw-w64's ddk/ntifs.h.
 *
 * Part of unloadcheck's WDK-compatibility headers (see README.md here).
 * Written for unloadcheck; not derived from the Windows Driver Kit.
 *
 * mingw-w64's ntifs.h includes <ntddk.h> (our wrapper, hence also our wdm.h
 * wrapper). After the real header we add the ntifs-level declarations it
 * lacks (unloadcheck_ntifs.h). File-system minifilter support (fltKernel.h)
 * is a separate matter and not provided here yet.
 */

#ifndef _UNLOADCHECK_NTIFS_H_
#define _UNLOADCHECK_NTIFS_H_

#include_next <ntifs.h>

#include <unloadcheck_sal.h>
#include <unloadcheck_ntddk.h>
#include <unloadcheck_ntifs.h>

#endif /* _UNLOADCHECK_NTIFS_H_ */
