// Turns what the user named (files, directories, a compilation database,
// extra arguments) into the driver's source files with their arguments.
#pragma once

#include "engine/Analyzer.h"

#include <string>
#include <vector>

namespace unloadcheck {

struct SourceRequest {
  std::vector<std::string> inputs;
  std::string compileCommandsDir; // empty: look for one next to the sources
  std::vector<std::string> extraArguments;
};

// On bad input returns false with a one-line message naming the file and
// the problem.
bool collectDriverSources(const SourceRequest &request, std::vector<SourceFile> &sources,
                          std::string &error);

} // namespace unloadcheck
