#include "tidy/TuAnalysis.h"

#include "engine/RuleMetadata.h"
#include "frontend/AbsolutePath.h"
#include "knowledge/UserKnowledge.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Preprocessor.h"

namespace unloadcheck::tidy {

void TuAnalysis::watch(clang::Preprocessor &pp) {
  if (watched_)
    return;
  watched_ = true;
  const clang::SourceManager &sm = pp.getSourceManager();
  if (clang::OptionalFileEntryRef main = sm.getFileEntryRefForID(sm.getMainFileID()))
    facts_.mainFile = absolutePath(main->getName().str());
  // The knowledge base comes first: the front end captures the annotation
  // macros and reads the calls it names, users' own included.
  std::vector<std::string> knowledgeFiles = settings_.knowledgeFiles;
  if (settings_.projectKnowledge && !facts_.mainFile.empty())
    for (const std::string &found : findProjectKnowledge({facts_.mainFile}))
      knowledgeFiles.push_back(found);
  try {
    if (!loadKnowledge(knowledgeFiles, kb_, error_))
      return;
  } catch (const std::exception &e) {
    error_ = e.what();
    return;
  }
  frontEnd_ = std::make_unique<FactsFrontEnd>(kb_, facts_);
  frontEnd_->watch(pp);
  tap_ = std::make_unique<DiagnosticTap>(pp.getDiagnostics(), frontEnd_->errors());
}

bool TuAnalysis::run(clang::ASTContext &context, std::string &error) {
  if (!ran_) {
    ran_ = false;
    if (frontEnd_ && error_.empty())
      ran_ = analyse(context);
    else if (error_.empty())
      error_ = "the preprocessor was not watched; no facts were gathered";
  }
  // Said once per unit, by whichever check asks first.
  error = errorSaid_ ? "" : error_;
  errorSaid_ = true;
  return *ran_;
}

bool TuAnalysis::analyse(clang::ASTContext &context) {
  try {
    frontEnd_->collect(context);
    // Parsing is over; the preprocessor outlives this unit's checks.
    frontEnd_->unwatch();
    tap_.reset();
    const RuleCatalogue &catalogue = RuleCatalogue::builtin();
    std::vector<std::string> ids;
    std::string globs = "-*";
    for (const RuleMetadata &rule : catalogue.rules()) {
      ids.push_back(rule.id);
      if (enabled_.count(rule.id))
        globs += "," + rule.id;
    }
    AnalysisOptions options;
    options.scope = ModelScope::OneFile;
    if (!CheckSelection::parse(globs, ids, options.checks, error_))
      return false;
    AnalysisResult result;
    runRules({facts_}, options, kb_, catalogue, result);
    // clang-tidy applies NOLINT comments itself, and counts what they silence.
    findings_ = std::move(result.findings);
    findings_.insert(findings_.end(), result.suppressed.begin(), result.suppressed.end());
    return true;
  } catch (const std::exception &e) {
    error_ = e.what();
    return false;
  }
}

std::shared_ptr<TuAnalysis> TuAnalysisSlot::current(const TidySettings &settings) {
  std::shared_ptr<TuAnalysis> analysis = current_.lock();
  if (!analysis) {
    analysis = std::make_shared<TuAnalysis>(settings);
    current_ = analysis;
  }
  return analysis;
}

} // namespace unloadcheck::tidy
