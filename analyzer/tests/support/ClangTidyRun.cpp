#include "support/ClangTidyRun.h"

#include "support/TestDrivers.h"

#include <unistd.h>

#include <filesystem>
#include <sstream>

namespace unloadcheck::testing {

namespace fs = std::filesystem;

std::string loadPluginOption() { return "--load='" + std::string(UNLOADCHECK_TIDY_MODULE) + "' "; }

std::string clangTidyWithPlugin(const std::string &options) {
  return "'" + std::string(UNLOADCHECK_CLANG_TIDY) + "' " + loadPluginOption() + options;
}

std::string unloadcheckTidy(const std::string &options) {
  return "'" + std::string(UNLOADCHECK_TIDY_BINARY) + "' " + options;
}

const std::string &defaultArgumentsQuoted() {
  static const std::string arguments = [] {
    // Kept for the whole run: every clang-tidy of the process reads it.
    const fs::path dir = fs::temp_directory_path() / ("unloadcheck-default-args-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    CommandResult printed = runCommand("'" + std::string(UNLOADCHECK_BINARY) + "' --print-default-args='" +
                                           (dir / "include").string() + "'",
                                       dir);
    std::string line;
    std::istringstream lines(printed.out);
    for (std::string argument; std::getline(lines, argument);)
      line += " '" + argument + "'";
    return line;
  }();
  return arguments;
}

} // namespace unloadcheck::testing
