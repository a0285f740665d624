// unloadcheck: the command-line front end over the analysis library.
#include "cli/FixTargets.h"
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
#include "report/FixExport.h"
#include "report/FixPlan.h"
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
  // Planned before anything is printed or written: the plan reads the files
  // into `lines`, so snippets and SARIF fingerprints show the text that was
  // analysed even after --fix rewrites it.
  FixPlan plan;
  if (options.fix || !options.exportFixesFile.empty())
    plan = planFixes(result.findings, fixTargets(options.inputs, sources), lines);
  else
    plan.edits.resize(result.findings.size());
  const auto fixed = [&](size_t i) { return options.fix && plan.applies(i); };

  for (size_t i = 0; i < result.findings.size(); ++i) {
    std::cout << text.finding(result.findings[i]);
    if (fixed(i))
      std::cout << text.fixApplied(result.findings[i]);
  }
  std::cout.flush();
  if (!options.quiet) {
    for (const Notification &note : result.notifications)
      std::cerr << text.notification(note);
    for (const std::string &skipped : plan.skipped)
      std::cerr << "unloadcheck: note: " << skipped << "\n";
    std::cerr << summaryLine(result.findings);
  }

  if (!options.exportFixesFile.empty()) {
    const std::string mainFile = sources.empty() ? "" : sources.front().path;
    if (!writeFileAtomically(options.exportFixesFile,
                             exportFixesYaml(result.findings, plan, mainFile, cwd, lines), error))
      return fail("--export-fixes: " + error);
  }
  if (options.fix)
    for (const FixedFile &file : plan.files) {
      if (!writeFixedFile(file, error))
        return fail("--fix: " + error);
      std::cerr << "unloadcheck: fixed " << file.findings << (file.findings == 1 ? " finding" : " findings")
                << " in " << displayPath(file.path, cwd) << "\n";
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
  // A finding --fix repaired is gone from the files: it does not fail the run.
  for (size_t i = 0; i < result.findings.size(); ++i)
    if (result.findings[i].level >= *options.failOn && !fixed(i))
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
