/*
 * suppress.h - stand-in for the WDK's suppress.h.
 *
 * Part of unloadcheck's WDK-compatibility headers (see README.md here).
 * Written for unloadcheck; not derived from the Windows Driver Kit.
 *
 * The WDK header only holds macros that silence code-analysis (PREfast)
 * warnings. It declares nothing a driver depends on, and the analyzer ignores
 * warnings, so an empty header is all that is needed for driver sources that
 * include it (most file-system minifilter samples do). mingw-w64 has none.
 */

#ifndef _UNLOADCHECK_SUPPRESS_H_
#define _UNLOADCHECK_SUPPRESS_H_
#endif /* _UNLOADCHECK_SUPPRESS_H_ */
