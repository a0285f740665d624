// Runs Clang's front end over one source file and returns its facts.
#pragma once

#include "facts/Facts.h"

#include <string>
#include <vector>

namespace unloadcheck {

class KnowledgeBase;

// Where the embedded WDK-compatibility headers appear to the compiler.
inline constexpr const char *kCompatIncludeDir = "/unloadcheck-wdk-compat";

// `arguments` are the compiler's arguments without the program name and the
// source file. Never throws; a front end that cannot run gives parsed=false.
TuFacts analyzeTranslationUnit(const std::string &sourceFile,
                               const std::vector<std::string> &arguments,
                               const KnowledgeBase &kb);

} // namespace unloadcheck
