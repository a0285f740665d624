// The command line of `unloadcheck`.
#pragma once

#include "engine/Finding.h"

#include <optional>
#include <string>
#include <vector>

namespace unloadcheck {

struct Options {
  std::vector<std::string> inputs;        // files and directories
  std::vector<std::string> extraArguments; // after `--`
  std::string compileCommandsDir;          // -p
  std::vector<std::string> knowledgeFiles; // --knowledge
  bool projectKnowledge = true;             // read .unloadcheck.json
  std::string sarifFile;
  std::string checks;                       // glob list; empty: all
  bool checksGiven = false;
  std::optional<Level> failOn = Level::Warning; // nullopt: never fail on findings
  std::string sourceRoot;
  std::string automationId = "unloadcheck/";
  bool includeSuppressed = false; // --include-suppressed
  bool fix = false;                 // --fix: apply the findings' fixes to the files
  std::string exportFixesFile;      // --export-fixes
  unsigned jobs = 0;
  bool listRules = false;
  bool printDefaultArgs = false;  // --print-default-args[=<dir>]
  std::string compatDirectory;    // where it writes the compatibility headers
  std::string listFormat = "text"; // text | markdown
  std::string explain;
  bool help = false;
  bool version = false;
  bool quiet = false;
};

// Parses argv; on a usage error returns false with a one-line message.
bool parseOptions(int argc, const char *const *argv, Options &options, std::string &error);

const char *usageText();

} // namespace unloadcheck
