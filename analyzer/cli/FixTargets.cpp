#include "cli/FixTargets.h"

#include "frontend/AbsolutePath.h"
#include "report/Paths.h"

#include "llvm/Support/FileSystem.h"

#include <set>

namespace unloadcheck {

std::function<bool(const std::string &)> fixTargets(const std::vector<std::string> &inputs,
                                                    const std::vector<SourceFile> &sources) {
  std::set<std::string> files;
  for (const SourceFile &source : sources)
    files.insert(absolutePath(source.path));
  std::vector<std::string> directories;
  for (const std::string &input : inputs)
    if (llvm::sys::fs::is_directory(input))
      directories.push_back(absolutePath(input));
  return [files = std::move(files), directories = std::move(directories)](const std::string &file) {
    if (files.count(file))
      return true;
    for (const std::string &directory : directories)
      if (pathUnder(file, directory))
        return true;
    return false;
  };
}

} // namespace unloadcheck
