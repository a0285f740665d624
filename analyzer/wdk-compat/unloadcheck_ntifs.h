/*
 * unloadcheck_ntifs.h - ntifs.h-level declarations mingw-w64 lacks.
 *
 * Part of unloadcheck's WDK-compatibility headers (see README.md here).
 * Written for unloadcheck from the documented shapes of these DDIs; not
 * derived from the Windows Driver Kit.
 *
 * Included by the ntifs.h wrapper after mingw-w64's ntifs.h.
 */

#ifndef _UNLOADCHECK_NTIFS_EXTRAS_H_
#define _UNLOADCHECK_NTIFS_EXTRAS_H_

#ifdef __cplusplus
extern "C" {
#endif

/* Kernel code that includes ntifs.h (file systems, minifilters, registry
   filters among the WDK samples) uses DWORD without any user-mode header. */
typedef unsigned long DWORD;

/* Role type for IoRegisterFsRegistrationChange callbacks (mingw-w64 only has
   the pointer type PDRIVER_FS_NOTIFICATION). */
typedef
_IRQL_requires_max_(PASSIVE_LEVEL)
_Function_class_(DRIVER_FS_NOTIFICATION)
VOID
NTAPI
DRIVER_FS_NOTIFICATION(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _In_ BOOLEAN FsActive);

#ifdef __cplusplus
}
#endif

#endif /* _UNLOADCHECK_NTIFS_EXTRAS_H_ */
