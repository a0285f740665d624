// unloadcheck: the command-line front end over the analysis library.
#include "cli/Options.h"
#include "cli/PrintDefaultArgs.h"
#include "engine/Analyzer.h"
#include "engine/RuleMetadata.h"
#include "engine/RuleRegistry.h"
#include "frontend/AbsolutePath.h"
#include "frontend/DriverSources.h"
#include "knowledge/KnowledgeBase.h"
#include "knowledge/UserKnowledge.h"
#include "report/AtomicFile.h"
#include "report/RuleList.h"
#include "report/SarifReporter.h"
#include "report/SourceLines.h"
#include "report/TextReporter.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <cstdio>
#include <algorithm>
#include <iostream>

using namespace unloadcheck;

namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

int fail(const std::string &message) {
  std::cerr << "unloadcheck: error: " << message << "\n";
  return kExitUsage;
}

std::string currentDirectory() {
  llvm::SmallString<256> cwd;
  llvm::sys::fs::current_path(cwd);
  return std::string(cwd);
}

std::vector<std::string> ruleIds(const RuleCatalogue &catalogue) {
  std::vector<std::string> ids;
  for (const RuleMetadata &rule : catalogue.rules())
    ids.push_back(rule.id);
  return ids;
}

int run(const Options &options) {
  const RuleCatalogue &catalogue = RuleCatalogue::builtin();

  if (options.help) {
    std::cout << usageText();
    return kExitClean;
  }
  if (options.version) {
    std::cout << "unloadcheck " << UNLOADCHECK_VERSION << "\n";
    return kExitClean;
  }
  if (options.printDefaultArgs) {
    const std::string directory =
        options.compatDirectory.empty() ? defaultCompatDirectory() : options.compatDirectory;
    if (directory.empty())
      return fail("--print-default-args: no directory given and neither XDG_CACHE_HOME nor HOME is set");
    std::string error;
    if (!printDefaultArguments(directory, error))
      return fail("--print-default-args: " + error);
    return kExitClean;
  }
  if (options.listRules) {
    std::cout << (options.listFormat == "markdown" ? ruleListMarkdown(catalogue) : ruleListText(catalogue));
    return kExitClean;
  }
  if (!options.explain.empty()) {
    const RuleMetadata *rule = catalogue.find(options.explain);
    if (!rule)
      return fail("--explain: unknown rule '" + options.explain + "' (see --list-rules)");
    std::cout << rule->documentation;
    return kExitClean;
  }
  if (options.inputs.empty())
    return fail("no source files given (see --help)");

  AnalysisOptions analysis;
  analysis.jobs = options.jobs;
  if (options.checksGiven) {
    std::string error;
    if (!CheckSelection::parse(options.checks, ruleIds(catalogue), analysis.checks, error))
      return fail(error);
  }
  if (!options.sourceRoot.empty() && !llvm::sys::fs::is_directory(options.sourceRoot))
    return fail("--source-root: '" + options.sourceRoot + "' is not a directory");

  SourceRequest request{options.inputs, options.compileCommandsDir, options.extraArguments};
  std::vector<SourceFile> sources;
  std::string error;
  if (!collectDriverSources(request, sources, error))
    return fail(error);

  std::vector<std::string> knowledgeFiles = options.knowledgeFiles;
  if (options.projectKnowledge)
    for (const std::string &found : findProjectKnowledge(options.inputs))
      knowledgeFiles.push_back(found);
  KnowledgeBase kb;
  if (!loadKnowledge(knowledgeFiles, kb, error))
    return fail(error);

  const std::string cwd = currentDirectory();
  AnalysisResult result = analyzeDriver(sources, analysis, kb, catalogue);
  for (const TuFacts &unit : result.units)
    if (!unit.parsed)
      return fail("'" + unit.mainFile + "': the compiler could not start" +
                  (unit.errors.empty() ? "" : ": " + unit.errors.front()));

  SourceLines lines;
  TextReporter text(cwd, lines);
  for (const Finding &finding : result.findings)
    std::cout << text.finding(finding);
  std::cout.flush();
  if (!options.quiet) {
    for (const Notification &note : result.notifications)
      std::cerr << text.notification(note);
    std::cerr << summaryLine(result.findings);
  }

  if (!options.sarifFile.empty()) {
    SarifRunInfo run;
    run.toolVersion = UNLOADCHECK_VERSION;
    for (const RuleMetadata &rule : catalogue.rules())
      if (analysis.checks.enabled(rule.id))
        run.rules.push_back(&rule);
    run.sourceRoot = absolutePath(options.sourceRoot.empty() ? cwd : options.sourceRoot);
    run.automationId = options.automationId;
    run.notifications = result.notifications;
    for (const SourceFile &source : sources)
      run.artifacts.push_back(source.path);
    std::vector<Finding> reported = result.findings;
    if (options.includeSuppressed) {
      reported.insert(reported.end(), result.suppressed.begin(), result.suppressed.end());
      std::sort(reported.begin(), reported.end());
    }
    if (!writeFileAtomically(options.sarifFile, renderSarif(reported, run, lines), error))
      return fail(error);
  }

  if (!options.failOn)
    return kExitClean;
  for (const Finding &finding : result.findings)
    if (finding.level >= *options.failOn)
      return kExitFindings;
  return kExitClean;
}

} // namespace

int main(int argc, char **argv) {
  Options options;
  std::string error;
  if (!parseOptions(argc, argv, options, error))
    return fail(error);
  try {
    return run(options);
  } catch (const std::exception &e) {
    return fail(e.what());
  }
}
