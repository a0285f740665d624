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

/* What a file system reports when a section is created (mingw-w64's
   FS_FILTER_PARAMETERS predates it); fltKernel.h's FLT_PARAMETERS points to
   it in AcquireForSectionSynchronization. */
typedef struct _FS_FILTER_SECTION_SYNC_OUTPUT {
    ULONG StructureSize;
    ULONG SizeReturned;
    ULONG Flags;
    ULONG DesiredReadAlignment;
} FS_FILTER_SECTION_SYNC_OUTPUT, *PFS_FILTER_SECTION_SYNC_OUTPUT;

#ifndef FS_FILTER_SECTION_SYNC_SUPPORTS_ASYNC_PARALLEL_IO
#define FS_FILTER_SECTION_SYNC_SUPPORTS_ASYNC_PARALLEL_IO 0x00000001
#endif
#ifndef FS_FILTER_SECTION_SYNC_SUPPORTS_DIRECT_MAP_DATA
#define FS_FILTER_SECTION_SYNC_SUPPORTS_DIRECT_MAP_DATA 0x00000002
#endif
#ifndef FS_FILTER_SECTION_SYNC_SUPPORTS_DIRECT_MAP_IMAGE
#define FS_FILTER_SECTION_SYNC_SUPPORTS_DIRECT_MAP_IMAGE 0x00000004
#endif

/* ------------------------------------------------------------------------ */
/* Pointer arithmetic helpers file systems and filters use                   */
/* ------------------------------------------------------------------------ */

/* P advanced by I bytes. */
#ifndef Add2Ptr
#define Add2Ptr(P, I) ((PVOID)((PUCHAR)(P) + (I)))
#endif
/* Byte offset of O from B. */
#ifndef PtrOffset
#define PtrOffset(B, O) ((ULONG)((ULONG_PTR)(O) - (ULONG_PTR)(B)))
#endif
/* Alignment is a power of two. */
#ifndef IS_ALIGNED
#define IS_ALIGNED(Pointer, Alignment)                                       \
    ((((ULONG_PTR)(Pointer)) & ((Alignment) - 1)) == 0)
#endif
#ifndef ROUND_TO_SIZE
#define ROUND_TO_SIZE(Length, Alignment)                                     \
    ((((ULONG_PTR)(Length)) + ((Alignment) - 1)) & ~(ULONG_PTR)((Alignment) - 1))
#endif

/* ------------------------------------------------------------------------ */
/* File identifiers and newer set-information flags                          */
/* ------------------------------------------------------------------------ */

/* 128-bit file IDs (ReFS); winnt.h has the same type for user mode. */
#ifndef _WINNT_
typedef struct _FILE_ID_128 {
    UCHAR Identifier[16];
} FILE_ID_128, *PFILE_ID_128;
#endif

/* FileIdInformation. */
typedef struct _FILE_ID_INFORMATION {
    ULONGLONG VolumeSerialNumber;
    FILE_ID_128 FileId;
} FILE_ID_INFORMATION, *PFILE_ID_INFORMATION;

#ifndef FILE_INVALID_FILE_ID
#define FILE_INVALID_FILE_ID ((LONGLONG)-1LL)
#endif

/* FileDispositionInformationEx. The WDK declares it in ntddk.h; the file
   systems and minifilters that use it include ntifs.h. */
#ifndef FILE_DISPOSITION_DELETE
typedef struct _FILE_DISPOSITION_INFORMATION_EX {
    ULONG Flags;
} FILE_DISPOSITION_INFORMATION_EX, *PFILE_DISPOSITION_INFORMATION_EX;

#define FILE_DISPOSITION_DO_NOT_DELETE 0x00000000
#define FILE_DISPOSITION_DELETE 0x00000001
#define FILE_DISPOSITION_POSIX_SEMANTICS 0x00000002
#define FILE_DISPOSITION_FORCE_IMAGE_SECTION_CHECK 0x00000004
#define FILE_DISPOSITION_ON_CLOSE 0x00000008
#define FILE_DISPOSITION_IGNORE_READONLY_ATTRIBUTE 0x00000010
#endif

/* Flags of FILE_RENAME_INFORMATION / FILE_LINK_INFORMATION with
   FileRenameInformationEx / FileLinkInformationEx (the ntifs.h wrapper gives
   both structures their Flags member). */
#ifndef FILE_RENAME_REPLACE_IF_EXISTS
#define FILE_RENAME_REPLACE_IF_EXISTS 0x00000001
#define FILE_RENAME_POSIX_SEMANTICS 0x00000002
#define FILE_RENAME_SUPPRESS_PIN_STATE_INHERITANCE 0x00000004
#define FILE_RENAME_SUPPRESS_STORAGE_RESERVE_INHERITANCE 0x00000008
#define FILE_RENAME_NO_INCREASE_AVAILABLE_SPACE 0x00000010
#define FILE_RENAME_NO_DECREASE_AVAILABLE_SPACE 0x00000020
#define FILE_RENAME_PRESERVE_AVAILABLE_SPACE 0x00000030
#define FILE_RENAME_IGNORE_READONLY_ATTRIBUTE 0x00000040
#define FILE_RENAME_FORCE_RESIZE_TARGET_SR 0x00000080
#define FILE_RENAME_FORCE_RESIZE_SOURCE_SR 0x00000100
#define FILE_RENAME_FORCE_RESIZE_SR 0x00000180
#endif
#ifndef FILE_LINK_REPLACE_IF_EXISTS
#define FILE_LINK_REPLACE_IF_EXISTS 0x00000001
#define FILE_LINK_POSIX_SEMANTICS 0x00000002
#define FILE_LINK_SUPPRESS_STORAGE_RESERVE_INHERITANCE 0x00000008
#define FILE_LINK_NO_INCREASE_AVAILABLE_SPACE 0x00000010
#define FILE_LINK_NO_DECREASE_AVAILABLE_SPACE 0x00000020
#define FILE_LINK_PRESERVE_AVAILABLE_SPACE 0x00000030
#define FILE_LINK_IGNORE_READONLY_ATTRIBUTE 0x00000040
#define FILE_LINK_FORCE_RESIZE_TARGET_SR 0x00000080
#define FILE_LINK_FORCE_RESIZE_SOURCE_SR 0x00000100
#define FILE_LINK_FORCE_RESIZE_SR 0x00000180
#endif

/* ------------------------------------------------------------------------ */
/* File-system controls (the WDK's ntifs.h repeats winioctl.h's)             */
/* ------------------------------------------------------------------------ */

#ifndef FSCTL_OFFLOAD_READ
#define FSCTL_OFFLOAD_READ CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 153, METHOD_BUFFERED, FILE_READ_ACCESS)
#endif
#ifndef FSCTL_OFFLOAD_WRITE
#define FSCTL_OFFLOAD_WRITE CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 154, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#endif
#ifndef FSCTL_CSV_CONTROL
#define FSCTL_CSV_CONTROL CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 181, METHOD_BUFFERED, FILE_ANY_ACCESS)
#endif

/* FSCTL_CSV_CONTROL operations (cluster shared volumes). */
typedef enum _CSV_CONTROL_OP {
    CsvControlStartRedirectFile = 0x02,
    CsvControlStopRedirectFile = 0x03,
    CsvControlQueryRedirectState = 0x04,
    CsvControlQueryFileRevision = 0x06,
    CsvControlQueryMdsPath = 0x08,
    CsvControlQueryFileRevisionFileId128 = 0x09,
    CsvControlQueryVolumeRedirectState = 0x0a,
    CsvControlEnableUSNRangeModificationTracking = 0x0d,
    CsvControlMarkHandleLocalVolumeMount = 0x0e,
    CsvControlUnmarkHandleLocalVolumeMount = 0x0f,
    CsvControlGetCsvFsMdsPathV2 = 0x12,
    CsvControlDisableCaching = 0x13,
    CsvControlEnableCaching = 0x14,
    CsvControlStartForceDFO = 0x15,
    CsvControlStopForceDFO = 0x16,
    CsvControlQueryMdsPathNoPause = 0x17,
    CsvControlSetVolumeId = 0x18,
    CsvControlQueryVolumeId = 0x19
} CSV_CONTROL_OP, *PCSV_CONTROL_OP;

typedef struct _CSV_CONTROL_PARAM {
    CSV_CONTROL_OP Operation;
    LONGLONG Unused;
} CSV_CONTROL_PARAM, *PCSV_CONTROL_PARAM;

/* Output of CsvControlQueryFileRevision. */
typedef struct _CSV_QUERY_FILE_REVISION {
    LONGLONG FileId;
    LONGLONG FileRevision[3];
} CSV_QUERY_FILE_REVISION, *PCSV_QUERY_FILE_REVISION;

/* ------------------------------------------------------------------------ */
/* Extra create parameters of cluster shared volumes                         */
/* ------------------------------------------------------------------------ */

typedef struct _CSV_QUERY_FILE_REVISION_ECP_CONTEXT {
    LONGLONG FileId;
    LONGLONG FileRevision[3];
} CSV_QUERY_FILE_REVISION_ECP_CONTEXT, *PCSV_QUERY_FILE_REVISION_ECP_CONTEXT;

typedef struct _CSV_QUERY_FILE_REVISION_ECP_CONTEXT_FILE_ID_128 {
    FILE_ID_128 FileId;
    LONGLONG FileRevision[3];
} CSV_QUERY_FILE_REVISION_ECP_CONTEXT_FILE_ID_128, *PCSV_QUERY_FILE_REVISION_ECP_CONTEXT_FILE_ID_128;

typedef enum _CSV_DOWN_LEVEL_FILE_TYPE {
    CsvDownLevelFileObject,
    CsvCsvFsInternalFileObject
} CSV_DOWN_LEVEL_FILE_TYPE;

typedef struct _CSV_DOWN_LEVEL_OPEN_ECP_CONTEXT {
    ULONG Version;
    BOOLEAN IsResume;
    CSV_DOWN_LEVEL_FILE_TYPE FileType;
    ULONG SourceNodeId;
    ULONG DestinationNodeId;
} CSV_DOWN_LEVEL_OPEN_ECP_CONTEXT, *PCSV_DOWN_LEVEL_OPEN_ECP_CONTEXT;

DEFINE_GUID(GUID_ECP_CSV_DOWN_LEVEL_OPEN, 0x4248be44, 0x647f, 0x488f, 0x8b, 0xe5, 0xa0, 0x8a, 0xaf, 0x70, 0xf0, 0x28);
DEFINE_GUID(GUID_ECP_CSV_QUERY_FILE_REVISION, 0x44aec90b, 0xde65, 0x4d46, 0x8f, 0xbf, 0x76, 0x3f, 0x9d, 0x97, 0x0b, 0x1d);
DEFINE_GUID(GUID_ECP_CSV_QUERY_FILE_REVISION_FILE_ID_128, 0x7a3a4aa1, 0xaa74, 0x4bc6, 0xb0, 0x70, 0xab, 0x56, 0xa3, 0x8c, 0x1f, 0xed);

#ifdef __cplusplus
}
#endif

#endif /* _UNLOADCHECK_NTIFS_EXTRAS_H_ */
