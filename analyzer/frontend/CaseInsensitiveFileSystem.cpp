#include "frontend/CaseInsensitiveFileSystem.h"

#include <llvm/ADT/STLExtras.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/Path.h>

#include <algorithm>
#include <vector>

namespace unloadcheck {

namespace vfs = llvm::vfs;
namespace path = llvm::sys::path;

const char CaseInsensitiveFileSystem::ID = 0;

namespace {

// Other failures (e.g. permission denied) are real answers, not a reason to
// go looking for a differently spelled file.
bool isNotFound(std::error_code EC) {
  return EC == std::errc::no_such_file_or_directory ||
         EC == std::errc::not_a_directory;
}

// Try(ActualPath) queries the underlying FS for ActualPath and presents the
// result under the requested name. Returns the first success, or the error
// for the path as spelled so callers see a normal "not found".
template <typename Fn>
auto withFallback(llvm::StringRef Requested, Fn Try,
                  llvm::function_ref<std::optional<std::string>(llvm::StringRef)>
                      Resolve) -> decltype(Try(Requested)) {
  auto Result = Try(Requested);
  if (Result || !isNotFound(Result.getError()))
    return Result;

  std::string Slashed = Requested.str();
  std::replace(Slashed.begin(), Slashed.end(), '\\', '/');
  if (Slashed != Requested) {
    auto SlashedResult = Try(Slashed);
    if (SlashedResult || !isNotFound(SlashedResult.getError()))
      return SlashedResult;
  }

  if (std::optional<std::string> Real = Resolve(Slashed))
    if (auto RealResult = Try(*Real))
      return RealResult;
  return Result;
}

} // namespace

CaseInsensitiveFileSystem::CaseInsensitiveFileSystem(
    llvm::IntrusiveRefCntPtr<vfs::FileSystem> Underlying)
    : RTTIExtends(std::move(Underlying)) {}

llvm::ErrorOr<vfs::Status>
CaseInsensitiveFileSystem::status(const llvm::Twine &Path) {
  llvm::SmallString<256> Storage;
  llvm::StringRef Requested = Path.toStringRef(Storage);
  return withFallback(
      Requested,
      [&](llvm::StringRef Actual) -> llvm::ErrorOr<vfs::Status> {
        auto S = getUnderlyingFS().status(Actual);
        // An overlay that deliberately exposes its external path knows better.
        if (!S || Actual == Requested || S->ExposesExternalVFSPath)
          return S;
        return vfs::Status::copyWithNewName(*S, Requested);
      },
      [this](llvm::StringRef P) { return resolve(P); });
}

bool CaseInsensitiveFileSystem::exists(const llvm::Twine &Path) {
  auto S = status(Path);
  return S && S->exists();
}

llvm::ErrorOr<std::unique_ptr<vfs::File>>
CaseInsensitiveFileSystem::openFileForRead(const llvm::Twine &Path) {
  llvm::SmallString<256> Storage;
  llvm::StringRef Requested = Path.toStringRef(Storage);
  return withFallback(
      Requested,
      [&](llvm::StringRef Actual)
          -> llvm::ErrorOr<std::unique_ptr<vfs::File>> {
        auto F = getUnderlyingFS().openFileForRead(Actual);
        if (Actual == Requested)
          return F;
        // FileManager takes the name from the open file's status, so it has
        // to match what status() reports for the same request.
        return vfs::File::getWithPath(std::move(F), Requested);
      },
      [this](llvm::StringRef P) { return resolve(P); });
}

std::error_code
CaseInsensitiveFileSystem::getRealPath(const llvm::Twine &Path,
                                       llvm::SmallVectorImpl<char> &Output) {
  llvm::SmallString<256> Storage;
  auto Real = withFallback(
      Path.toStringRef(Storage),
      [&](llvm::StringRef Actual) -> llvm::ErrorOr<std::string> {
        llvm::SmallString<256> Out;
        if (std::error_code EC = getUnderlyingFS().getRealPath(Actual, Out))
          return EC;
        return std::string(Out);
      },
      [this](llvm::StringRef P) { return resolve(P); });
  if (!Real)
    return Real.getError();
  Output.assign(Real->begin(), Real->end());
  return {};
}

std::optional<std::string>
CaseInsensitiveFileSystem::resolve(llvm::StringRef Path) {
  // Absolute keys keep the cache valid across working-directory changes.
  llvm::SmallString<256> Abs(Path);
  if (makeAbsolute(Abs))
    return std::nullopt;

  constexpr auto Posix = path::Style::posix;
  llvm::SmallString<256> Resolved(path::root_path(Abs, Posix));
  llvm::StringRef Rel = path::relative_path(Abs, Posix);

  std::lock_guard<std::mutex> Lock(CacheMutex);
  for (llvm::StringRef Component :
       llvm::make_range(path::begin(Rel, Posix), path::end(Rel))) {
    if (Component == ".")
      continue;
    // Left to the underlying FS so symlinked directories keep POSIX
    // semantics for "..".
    if (Component == "..") {
      path::append(Resolved, Posix, Component);
      continue;
    }
    const DirListing &Dir = listing(Resolved);
    if (!Dir.Exists)
      return std::nullopt;
    if (Dir.Names.contains(Component)) {
      path::append(Resolved, Posix, Component);
      continue;
    }
    auto Match = Dir.ByLowerName.find(Component.lower());
    if (Match == Dir.ByLowerName.end())
      return std::nullopt;
    path::append(Resolved, Posix, Match->second);
  }
  // Everything matched as spelled, so the underlying lookup already failed.
  if (Resolved == Abs)
    return std::nullopt;
  return std::string(Resolved);
}

const CaseInsensitiveFileSystem::DirListing &
CaseInsensitiveFileSystem::listing(llvm::StringRef Dir) {
  auto [It, Inserted] = ListingCache.try_emplace(Dir);
  DirListing &Listing = It->second;
  if (!Inserted)
    return Listing;

  std::error_code EC;
  vfs::directory_iterator I = getUnderlyingFS().dir_begin(Dir, EC);
  if (EC)
    return Listing;
  Listing.Exists = true;

  std::vector<std::string> Names;
  for (vfs::directory_iterator End; !EC && I != End; I.increment(EC))
    Names.push_back(path::filename(I->path(), path::Style::posix).str());
  // Sorting makes "first case variant wins" independent of readdir order.
  llvm::sort(Names);
  for (const std::string &Name : Names) {
    Listing.Names.insert(Name);
    Listing.ByLowerName.try_emplace(llvm::StringRef(Name).lower(), Name);
  }
  return Listing;
}

} // namespace unloadcheck
