#include "cli/PrintDefaultArgs.h"

#include "engine/EmbeddedFiles.h"
#include "frontend/CompileCommands.h"
#include "report/AtomicFile.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <cstdlib>
#include <string_view>
#include <utility>
#include <vector>
#include <iostream>

namespace unloadcheck {

std::string defaultCompatDirectory() {
  std::string base;
  if (const char *cache = std::getenv("XDG_CACHE_HOME"); cache && *cache)
    base = cache;
  else if (const char *home = std::getenv("HOME"); home && *home)
    base = std::string(home) + "/.cache";
  else
    return "";
  return base + "/unloadcheck/" + UNLOADCHECK_VERSION + "/include";
}

namespace {

// The WDK spells some headers in mixed case and drivers include them either
// way; the analyzer looks headers up case-insensitively, an editor's
// compiler on Linux does not, so those headers are written under both names.
const std::pair<std::string_view, std::string_view> kWdkSpellings[] = {{"fltkernel.h", "fltKernel.h"}};

} // namespace

bool printDefaultArguments(const std::string &directory, std::string &error) {
  llvm::SmallString<256> absolute(directory);
  if (std::error_code code = llvm::sys::fs::make_absolute(absolute)) {
    error = "'" + directory + "': " + code.message();
    return false;
  }
  const std::string path(absolute);
  if (std::error_code code = llvm::sys::fs::create_directories(path)) {
    error = "'" + path + "': cannot create the directory: " + code.message();
    return false;
  }
  const std::string prefix = "analyzer/wdk-compat/";
  for (const EmbeddedFile &file : embeddedFiles()) {
    if (!file.path.starts_with(prefix) || !file.path.ends_with(".h"))
      continue;
    const std::string_view name = file.path.substr(prefix.size());
    std::vector<std::string_view> names{name};
    for (const auto &[lower, spelled] : kWdkSpellings)
      if (name == lower)
        names.push_back(spelled);
    for (std::string_view written : names) {
      llvm::SmallString<256> target(absolute);
      llvm::sys::path::append(target, written);
      if (!writeFileAtomically(std::string(target), std::string(file.content), error))
        return false;
    }
  }
  for (const std::string &argument : embeddedDefaultArguments(path))
    std::cout << argument << "\n";
  return true;
}

} // namespace unloadcheck
