#pragma once

// Makes Windows driver sources (`#include "..\inc\Driver.H"`) resolve on a
// case-sensitive, '/'-only host file system.

#include <llvm/ADT/IntrusiveRefCntPtr.h>
#include <llvm/ADT/StringMap.h>
#include <llvm/ADT/StringSet.h>
#include <llvm/Support/VirtualFileSystem.h>

#include <mutex>
#include <optional>
#include <string>

namespace unloadcheck {

// Lookup order: the path as given, then with '\' turned into '/', then a
// component-by-component case-insensitive match against directory listings.
// Among case-insensitive matches an exact one wins, otherwise the first in
// byte-wise sorted order, so results don't depend on readdir order.
//
// Results (Status and opened File) keep the requested spelling as their
// name, like RedirectingFileSystem with use-external-names false, so
// diagnostics and __FILE__ show what the source wrote. They carry the real
// file's UniqueID, which is what FileManager keys FileEntries on:
// "Driver.H" and "driver.h" are one file for #pragma once and include
// guards. A consequence is that FileEntry::tryGetRealPathName() holds the
// first spelling seen, and Clang's -Wnonportable-include-path fires for
// later, differently cased spellings of the same header. getRealPath() (and
// so FileManager::getCanonicalName) reports the on-disk path.
//
// Directory listings (including "does not exist") are cached for the
// lifetime of the instance, because header search probes the same missing
// paths for every -I directory. The cache assumes the tree doesn't change
// under it; paths that exist as spelled never consult it. Safe to share
// between threads (the cache is mutex-guarded), but intended as one
// instance per translation unit.
class CaseInsensitiveFileSystem
    : public llvm::RTTIExtends<CaseInsensitiveFileSystem,
                               llvm::vfs::ProxyFileSystem> {
public:
  static const char ID;

  explicit CaseInsensitiveFileSystem(
      llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Underlying);

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override;
  bool exists(const llvm::Twine &Path) override;
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override;
  std::error_code getRealPath(const llvm::Twine &Path,
                              llvm::SmallVectorImpl<char> &Output) override;

private:
  struct DirListing {
    bool Exists = false;
    llvm::StringSet<> Names;
    // Lower-cased name -> preferred real name among its case variants.
    llvm::StringMap<std::string> ByLowerName;
  };

  // The underlying-FS path Path most likely means, if it differs from Path.
  std::optional<std::string> resolve(llvm::StringRef Path);
  const DirListing &listing(llvm::StringRef Dir);

  std::mutex CacheMutex;
  llvm::StringMap<DirListing> ListingCache;
};

} // namespace unloadcheck
