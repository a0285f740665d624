// The test drivers under testdata/: a folder per rule plus the shared ones;
// each source file directly in a folder is a one-file driver, each
// subfolder one driver made of its sources.
#pragma once

#include "engine/Analyzer.h"

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace unloadcheck::testing {

struct DriverCase {
  std::string name;                          // "driver-role-type/unload-no-role-type.c"
  std::vector<std::filesystem::path> sources; // the driver's .c/.cpp files
  std::filesystem::path folder;               // a multi-file driver's folder, with its headers
};

// GoogleTest names a failing case by this, not by its bytes.
void PrintTo(const DriverCase &driver, std::ostream *os);

const std::filesystem::path &testdataDir();
// A driver source file: .c, .cpp, .cc or .cxx.
bool isDriverSource(const std::filesystem::path &path);
std::vector<DriverCase> discoverDriverCases();
// A GoogleTest parameter name: the case name with every other character '_'.
std::string driverCaseTestName(const DriverCase &driver);

// The driver analysed as `unloadcheck <its sources>` would: its own
// register/release pairs come from a .unloadcheck.json next to it.
AnalysisResult analyzeDriverCase(const DriverCase &driver);

std::string readFile(const std::filesystem::path &path);

// Runs a shell command with stdin from /dev/null; its exit status (-1 when
// it did not exit) and what it wrote.
struct CommandResult {
  int status = -1;
  std::string out, err;
};
CommandResult runCommand(const std::string &command, const std::filesystem::path &scratchDir);

} // namespace unloadcheck::testing
