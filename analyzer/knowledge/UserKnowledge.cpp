#include "knowledge/UserKnowledge.h"

#include "frontend/AbsolutePath.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <stdexcept>

namespace unloadcheck {

std::vector<std::string> findProjectKnowledge(const std::vector<std::string> &inputs) {
  std::vector<std::string> found;
  for (const std::string &input : inputs) {
    std::string directory = absolutePath(input);
    if (!llvm::sys::fs::is_directory(directory))
      directory = std::string(llvm::sys::path::parent_path(directory));
    for (; !directory.empty(); directory = std::string(llvm::sys::path::parent_path(directory))) {
      llvm::SmallString<256> candidate(directory);
      llvm::sys::path::append(candidate, kProjectKnowledgeFile);
      if (llvm::sys::fs::is_regular_file(candidate)) {
        if (std::find(found.begin(), found.end(), std::string(candidate)) == found.end())
          found.emplace_back(candidate);
        break;
      }
      if (llvm::sys::path::parent_path(directory) == directory)
        break;
    }
  }
  return found;
}

bool loadKnowledge(const std::vector<std::string> &files, KnowledgeBase &out, std::string &error) {
  std::vector<std::pair<std::string, std::string>> contents;
  for (const std::string &file : files) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer = llvm::MemoryBuffer::getFile(file);
    if (!buffer) {
      error = "knowledge file '" + file + "': " + buffer.getError().message();
      return false;
    }
    contents.emplace_back(file, std::string((*buffer)->getBuffer()));
  }
  try {
    out = KnowledgeBase::withUserFiles(contents);
  } catch (const std::runtime_error &e) {
    error = e.what();
    return false;
  }
  return true;
}

} // namespace unloadcheck
