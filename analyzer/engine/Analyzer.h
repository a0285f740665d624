// One run over one driver: parse every file (in parallel), link the facts
// into the driver model, run the enabled rules, and collect their findings.
#pragma once

#include "engine/CheckSelection.h"
#include "engine/Finding.h"
#include "facts/Facts.h"
#include "model/DriverModel.h"

#include <functional>
#include <string>
#include <vector>

namespace unloadcheck {

class KnowledgeBase;
class RuleCatalogue;

struct SourceFile {
  std::string path;
  std::vector<std::string> arguments; // compiler arguments, without program and file
};

struct AnalysisOptions {
  CheckSelection checks;
  unsigned jobs = 0; // 0: one per core
  ModelScope scope = ModelScope::WholeDriver;
};

struct AnalysisResult {
  std::vector<TuFacts> units;
  std::vector<Finding> findings;          // sorted, levels from the catalogue
  std::vector<Finding> suppressed;        // findings NOLINT comments silence, sorted
  std::vector<Notification> notifications; // deduplicated, in a stable order
};

AnalysisResult analyzeDriver(const std::vector<SourceFile> &files, const AnalysisOptions &options,
                             const KnowledgeBase &kb, const RuleCatalogue &catalogue);

// The part after parsing, usable on facts from anywhere (a cache, a test).
void runRules(const std::vector<TuFacts> &units, const AnalysisOptions &options,
              const KnowledgeBase &kb, const RuleCatalogue &catalogue, AnalysisResult &result);

} // namespace unloadcheck
