// The compiler arguments each source file of the driver is parsed with:
// from a compilation database when one covers the file, else the embedded
// default (a Windows x64 kernel-mode target on mingw-w64's DDK headers and
// the shipped compatibility headers).
#pragma once

#include "frontend/TranslationUnit.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang::tooling {
class CompilationDatabase;
}

namespace unloadcheck {

// The embedded default, one argument per element, placeholders resolved;
// the compatibility headers are at `compatDir` (by default the in-memory
// directory the analyzer serves them from).
std::vector<std::string> embeddedDefaultArguments(const std::string &compatDir = kCompatIncludeDir);

class CompileCommands {
public:
  // Loads compile_commands.json from `directory`; on failure returns nullptr
  // and sets `error` to a one-line message naming the file.
  static std::unique_ptr<CompileCommands> fromDirectory(const std::string &directory,
                                                        std::string &error);
  // The nearest compile_commands.json in a parent directory of `source`.
  static std::unique_ptr<CompileCommands> findFor(const std::string &source);
  ~CompileCommands();

  // The arguments for `source` (without program name and file), adapted
  // to parse for a Windows target here; nullopt when the database has none.
  std::optional<std::vector<std::string>> argumentsFor(const std::string &source) const;

private:
  explicit CompileCommands(std::unique_ptr<clang::tooling::CompilationDatabase> database);
  std::unique_ptr<clang::tooling::CompilationDatabase> database_;
  std::vector<std::string> defaults_; // read once, added to every command
};

} // namespace unloadcheck
