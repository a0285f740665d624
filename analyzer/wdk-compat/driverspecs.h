/*
 * driverspecs.h - unloadcheck wrapper around mingw-w64's driverspecs.h.
 *
 * Part of unloadcheck's WDK-compatibility headers (see README.md here).
 * Written for unloadcheck; not derived from the Windows Driver Kit.
 *
 * mingw-w64's specstrings.h includes <driverspecs.h>, and ntdef.h includes
 * specstrings.h, so every DDK header passes through here. After the real
 * header we add the SAL and driver annotations mingw-w64 does not define
 * (unloadcheck_sal.h), so they are available whichever DDK header a driver
 * includes first.
 */

#include_next <driverspecs.h>
#include <unloadcheck_sal.h>
