#include "cli/PrintDefaultArgs.h"

#include "engine/EmbeddedFiles.h"
#include "frontend/CompileCommands.h"
#include "report/AtomicFile.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <cstdlib>
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
    llvm::SmallString<256> target(absolute);
    llvm::sys::path::append(target, file.path.substr(prefix.size()));
    if (!writeFileAtomically(std::string(target), std::string(file.content), error))
      return false;
  }
  for (const std::string &argument : embeddedDefaultArguments(path))
    std::cout << argument << "\n";
  return true;
}

} // namespace unloadcheck
