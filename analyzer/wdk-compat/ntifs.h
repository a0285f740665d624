/*
 * ntifs.h - unloadcheck wrapper around mingw-w64's ddk/ntifs.h.
 *
 * Part of unloadcheck's WDK-compatibility headers (see README.md here).
 * Written for unloadcheck; not derived from the Windows Driver Kit.
 *
 * mingw-w64's ntifs.h includes <ntddk.h> (our wrapper, hence also our wdm.h
 * wrapper). After the real header we add the ntifs-level declarations it
 * lacks (unloadcheck_ntifs.h). File-system minifilters include fltkernel.h
 * (here), which includes this header first.
 */

#ifndef _UNLOADCHECK_NTIFS_H_
#define _UNLOADCHECK_NTIFS_H_

/*
 * A driver that defines RTL_USE_AVL_TABLES (generic tables built on AVL
 * trees, as the avscan minifilter sample does) makes mingw-w64's ntddk.h skip
 * RTL_SPLAY_LINKS, which its own splay-tree routines and ntifs.h's
 * structures still use. The WDK defines it either way. It needs no other
 * type, so it can be declared before any DDK header.
 */
#if defined(RTL_USE_AVL_TABLES) && !defined(_NTDDK_) && !defined(_UNLOADCHECK_RTL_SPLAY_LINKS_)
#define _UNLOADCHECK_RTL_SPLAY_LINKS_
typedef struct _RTL_SPLAY_LINKS {
    struct _RTL_SPLAY_LINKS *Parent;
    struct _RTL_SPLAY_LINKS *LeftChild;
    struct _RTL_SPLAY_LINKS *RightChild;
} RTL_SPLAY_LINKS, *PRTL_SPLAY_LINKS;
#endif

/*
 * mingw-w64's FILE_RENAME_INFORMATION and FILE_LINK_INFORMATION predate the
 * Windows 10 form, where ReplaceIfExists shares a union with the Flags of
 * FileRenameInformationEx / FileLinkInformationEx. No mingw-w64 declaration
 * uses either type, so its definitions are renamed out of the way while the
 * header is parsed and the documented ones are declared after it.
 */
#define _FILE_RENAME_INFORMATION _unloadcheck_mingw_FILE_RENAME_INFORMATION
#define FILE_RENAME_INFORMATION _unloadcheck_mingw_FILE_RENAME_INFORMATION_T
#define PFILE_RENAME_INFORMATION _unloadcheck_mingw_PFILE_RENAME_INFORMATION
#define _FILE_LINK_INFORMATION _unloadcheck_mingw_FILE_LINK_INFORMATION
#define FILE_LINK_INFORMATION _unloadcheck_mingw_FILE_LINK_INFORMATION_T
#define PFILE_LINK_INFORMATION _unloadcheck_mingw_PFILE_LINK_INFORMATION

#include_next <ntifs.h>

#undef _FILE_RENAME_INFORMATION
#undef FILE_RENAME_INFORMATION
#undef PFILE_RENAME_INFORMATION
#undef _FILE_LINK_INFORMATION
#undef FILE_LINK_INFORMATION
#undef PFILE_LINK_INFORMATION

typedef struct _FILE_RENAME_INFORMATION {
    union {
        BOOLEAN ReplaceIfExists; /* FileRenameInformation */
        ULONG Flags;             /* FileRenameInformationEx */
    };
    HANDLE RootDirectory;
    ULONG FileNameLength;
    WCHAR FileName[1];
} FILE_RENAME_INFORMATION, *PFILE_RENAME_INFORMATION;

typedef struct _FILE_LINK_INFORMATION {
    union {
        BOOLEAN ReplaceIfExists; /* FileLinkInformation */
        ULONG Flags;             /* FileLinkInformationEx */
    };
    HANDLE RootDirectory;
    ULONG FileNameLength;
    WCHAR FileName[1];
} FILE_LINK_INFORMATION, *PFILE_LINK_INFORMATION;

#include <unloadcheck_sal.h>
#include <unloadcheck_ntddk.h>
#include <unloadcheck_ntifs.h>

#endif /* _UNLOADCHECK_NTIFS_H_ */
