#include "frontend/DriverSources.h"

#include "frontend/AbsolutePath.h"
#include "frontend/CompileCommands.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>

namespace unloadcheck {

namespace {

bool isSourceFile(llvm::StringRef path) {
  std::string extension = llvm::sys::path::extension(path).lower();
  return extension == ".c" || extension == ".cpp" || extension == ".cc" || extension == ".cxx";
}

bool expandDirectory(const std::string &directory, std::vector<std::string> &files, std::string &error) {
  std::error_code ec;
  for (llvm::sys::fs::recursive_directory_iterator it(directory, ec), end; it != end && !ec;
       it.increment(ec)) {
    llvm::StringRef name = llvm::sys::path::filename(it->path());
    if (name.starts_with(".")) {
      it.no_push();
      continue;
    }
    if (it->type() != llvm::sys::fs::file_type::directory_file && isSourceFile(it->path()))
      files.push_back(it->path());
  }
  if (ec) {
    error = "'" + directory + "': " + ec.message();
    return false;
  }
  return true;
}

} // namespace

bool collectDriverSources(const SourceRequest &request, std::vector<SourceFile> &sources,
                          std::string &error) {
  std::vector<std::string> files;
  for (const std::string &input : request.inputs) {
    llvm::sys::fs::file_status status;
    if (std::error_code ec = llvm::sys::fs::status(input, status)) {
      error = "'" + input + "': " + (ec == std::errc::no_such_file_or_directory ? "no such file or directory" : ec.message());
      return false;
    }
    if (status.type() == llvm::sys::fs::file_type::directory_file) {
      std::vector<std::string> found;
      if (!expandDirectory(input, found, error))
        return false;
      if (found.empty()) {
        error = "'" + input + "': no C or C++ source files in this directory";
        return false;
      }
      files.insert(files.end(), found.begin(), found.end());
      continue;
    }
    if (!std::ifstream(input).good()) {
      error = "'" + input + "': cannot be read";
      return false;
    }
    files.push_back(input);
  }
  for (std::string &file : files)
    file = absolutePath(file);
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());

  std::unique_ptr<CompileCommands> explicitDatabase;
  if (!request.compileCommandsDir.empty()) {
    explicitDatabase = CompileCommands::fromDirectory(request.compileCommandsDir, error);
    if (!explicitDatabase)
      return false;
  }
  // One look-up of a nearby database per directory.
  std::map<std::string, std::shared_ptr<CompileCommands>> nearby;
  const std::vector<std::string> defaults = embeddedDefaultArguments();
  for (const std::string &file : files) {
    SourceFile source;
    source.path = file;
    const CompileCommands *database = explicitDatabase.get();
    if (!database) {
      std::string directory(llvm::sys::path::parent_path(file));
      auto [it, inserted] = nearby.try_emplace(directory);
      if (inserted)
        it->second = CompileCommands::findFor(file);
      database = it->second.get();
    }
    std::optional<std::vector<std::string>> fromDatabase;
    if (database)
      fromDatabase = database->argumentsFor(file);
    source.arguments = fromDatabase ? *fromDatabase : defaults;
    source.arguments.insert(source.arguments.end(), request.extraArguments.begin(),
                            request.extraArguments.end());
    sources.push_back(std::move(source));
  }
  return true;
}

} // namespace unloadcheck
