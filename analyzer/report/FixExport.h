// `--export-fixes`: the findings and their fixes as the YAML that
// `clang-tidy --export-fixes` writes and clang-apply-replacements reads,
// produced with Clang's own YAML traits so that the format is exactly theirs.
#pragma once

#include "engine/Finding.h"
#include "report/FixPlan.h"
#include "report/SourceLines.h"

#include <string>
#include <vector>

namespace unloadcheck {

// One document for the driver: `mainSourceFile` names it, every finding is
// a diagnostic (related locations as its notes), and the fixes `plan`
// applies are its replacements, at byte offsets of the files' text as it
// was analysed. `buildDirectory` is where relative paths would be resolved
// (every path written is absolute).
std::string exportFixesYaml(const std::vector<Finding> &findings, const FixPlan &plan,
                            const std::string &mainSourceFile, const std::string &buildDirectory,
                            SourceLines &sources);

} // namespace unloadcheck
