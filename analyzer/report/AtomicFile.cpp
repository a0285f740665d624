#include "report/AtomicFile.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <random>
#include <system_error>

#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

namespace fs = std::filesystem;

namespace unloadcheck {
namespace {

std::string describe(const std::string &path, const std::string &reason) {
  return "cannot write '" + path + "': " + reason;
}

std::string errnoText(int code) { return std::generic_category().message(code); }

// Unique within the process through the counter and across processes
// through the random part; "x" mode below turns a collision into a retry
// rather than two writers sharing one file.
std::string temporaryName(const fs::path &target) {
  static std::atomic<unsigned> counter{0};
  std::random_device random;
  char suffix[32];
  std::snprintf(suffix, sizeof suffix, ".tmp-%08x-%u", static_cast<unsigned>(random()),
                counter.fetch_add(1));
  fs::path name = target.parent_path() / ("." + target.filename().string() + suffix);
  return name.string();
}

// Flushes data to the disk before the rename, so that after a power loss
// the new name never points at a file whose blocks were not written.
bool syncFile(std::FILE *file) {
#ifndef _WIN32
  return ::fsync(::fileno(file)) == 0;
#else
  (void)file;
  return true;
#endif
}

void syncDirectory(const fs::path &directory) {
#ifndef _WIN32
  std::string name = directory.empty() ? "." : directory.string();
  int fd = ::open(name.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd); // best effort: the file is complete whether or not this succeeds
    ::close(fd);
  }
#else
  (void)directory;
#endif
}

} // namespace

bool writeFileAtomically(const std::string &path, const std::string &content,
                         std::string &error) {
  fs::path target(path);
  if (path.empty() || !target.has_filename()) {
    error = describe(path, "not a file name");
    return false;
  }

  std::string temporary;
  std::FILE *file = nullptr;
  for (int attempt = 0; attempt < 16 && !file; ++attempt) {
    temporary = temporaryName(target);
    file = std::fopen(temporary.c_str(), "wbx");
    if (!file && errno != EEXIST) {
      error = describe(path, errnoText(errno));
      return false;
    }
  }
  if (!file) {
    error = describe(path, "no unused temporary file name");
    return false;
  }

  auto fail = [&](int code) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    error = describe(path, errnoText(code));
    return false;
  };

  errno = 0;
  bool written = std::fwrite(content.data(), 1, content.size(), file) == content.size();
  int writeErrno = errno;
  if (written && std::fflush(file) != 0) {
    written = false;
    writeErrno = errno;
  }
  if (written && !syncFile(file)) {
    written = false;
    writeErrno = errno;
  }
  // A full disk may only show at close, when buffered data reaches the file.
  if (std::fclose(file) != 0 && written) {
    written = false;
    writeErrno = errno;
  }
  if (!written)
    return fail(writeErrno ? writeErrno : EIO);

  std::error_code renameError;
  fs::rename(temporary, target, renameError);
  if (renameError) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    error = describe(path, renameError.message());
    return false;
  }
  syncDirectory(target.parent_path());
  return true;
}

} // namespace unloadcheck
