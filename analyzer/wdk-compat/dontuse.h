/*
 * dontuse.h - stand-in for the WDK's dontuse.h.
 *
 * Part of unloadcheck's WDK-compatibility headers (see README.md here).
 * Written for unloadcheck; not derived from the Windows Driver Kit.
 *
 * The WDK header only marks unsafe string routines as deprecated so that the
 * compiler warns about them. It declares nothing a driver depends on, and the
 * analyzer ignores warnings, so an empty header is all that is needed for
 * driver sources that include it (many WDM samples do). mingw-w64 has none.
 */

#ifndef _UNLOADCHECK_DONTUSE_H_
#define _UNLOADCHECK_DONTUSE_H_
#endif /* _UNLOADCHECK_DONTUSE_H_ */
