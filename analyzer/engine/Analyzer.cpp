#include "engine/Analyzer.h"

#include "engine/RuleContext.h"
#include "engine/RuleMetadata.h"
#include "engine/RuleRegistry.h"
#include "engine/Suppressions.h"
#include "frontend/TranslationUnit.h"
#include "knowledge/KnowledgeBase.h"
#include "model/DriverModel.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace unloadcheck {

void runRules(const std::vector<TuFacts> &units, const AnalysisOptions &options,
              const KnowledgeBase &kb, const RuleCatalogue &catalogue, AnalysisResult &result) {
  DriverModel model = DriverModel::link(units, kb, options.scope);
  result.notifications = model.notifications();
  const DerivedAnalyses analyses(model, kb);
  for (const RuleEntry &entry : builtinRuleEntries()) {
    if (!options.checks.enabled(entry.id))
      continue;
    const RuleMetadata *meta = catalogue.find(entry.id);
    RuleContext context(entry.id, model, kb, analyses);
    entry.check(context);
    for (Finding &finding : context.takeFindings()) {
      finding.level = meta ? meta->level : Level::Warning;
      if (meta && !finding.variant.empty())
        if (auto variant = meta->variantLevels.find(finding.variant); variant != meta->variantLevels.end())
          finding.level = variant->second;
      result.findings.push_back(std::move(finding));
    }
    for (Notification &note : context.takeNotifications())
      result.notifications.push_back(std::move(note));
  }
  std::sort(result.findings.begin(), result.findings.end());
  result.findings.erase(std::unique(result.findings.begin(), result.findings.end(),
                                    [](const Finding &a, const Finding &b) {
                                      return !(a < b) && !(b < a);
                                    }),
                        result.findings.end());
  const Suppressions suppressions(model.suppressions());
  auto silenced = std::stable_partition(result.findings.begin(), result.findings.end(),
                                        [&](const Finding &finding) { return !suppressions.suppresses(finding); });
  for (auto it = silenced; it != result.findings.end(); ++it) {
    it->suppressed = true;
    result.suppressed.push_back(std::move(*it));
  }
  result.findings.erase(silenced, result.findings.end());
  std::stable_sort(result.notifications.begin(), result.notifications.end());
  result.notifications.erase(std::unique(result.notifications.begin(), result.notifications.end()),
                             result.notifications.end());
}

AnalysisResult analyzeDriver(const std::vector<SourceFile> &files, const AnalysisOptions &options,
                             const KnowledgeBase &kb, const RuleCatalogue &catalogue) {
  AnalysisResult result;
  result.units.resize(files.size());
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min<unsigned>(jobs, files.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < files.size(); i = next++)
      result.units[i] = analyzeTranslationUnit(files[i].path, files[i].arguments, kb);
  };
  std::vector<std::thread> threads;
  for (unsigned i = 1; i < jobs; ++i)
    threads.emplace_back(worker);
  worker();
  for (std::thread &thread : threads)
    thread.join();
  runRules(result.units, options, kb, catalogue, result);
  return result;
}

} // namespace unloadcheck
