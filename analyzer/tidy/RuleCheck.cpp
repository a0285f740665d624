#include "tidy/RuleCheck.h"

#include "support/Strings.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

namespace unloadcheck::tidy {

namespace {

constexpr const char *kKnowledgeFiles = "unloadcheck.KnowledgeFiles";
constexpr const char *kProjectKnowledge = "unloadcheck.ProjectKnowledge";

clang::SourceLocation toLocation(const clang::SourceManager &sm, const SourcePos &pos) {
  if (!pos.valid())
    return {};
  llvm::Expected<clang::FileEntryRef> file = sm.getFileManager().getFileRef(pos.file);
  if (!file) {
    llvm::consumeError(file.takeError());
    return {};
  }
  return sm.translateFileLineCol(*file, pos.line, pos.column);
}

bool isFalse(llvm::StringRef value) {
  return value.equals_insensitive("false") || value == "0" || value.equals_insensitive("off");
}

} // namespace

TidySettings readSettings(const clang::tidy::ClangTidyOptions::OptionMap &options) {
  TidySettings settings;
  if (auto found = options.find(kKnowledgeFiles); found != options.end())
    for (const std::string &file : splitList(found->getValue().Value, ';'))
      settings.knowledgeFiles.push_back(file);
  if (auto found = options.find(kProjectKnowledge); found != options.end())
    settings.projectKnowledge = !isFalse(found->getValue().Value);
  return settings;
}

RuleCheck::RuleCheck(llvm::StringRef name, clang::tidy::ClangTidyContext *context,
                     std::shared_ptr<TuAnalysis> analysis)
    : ClangTidyCheck(name, context), ruleId_(name.str()), analysis_(std::move(analysis)) {
  analysis_->enable(ruleId_);
}

void RuleCheck::registerPPCallbacks(const clang::SourceManager &, clang::Preprocessor *pp, clang::Preprocessor *) {
  analysis_->watch(*pp);
}

void RuleCheck::registerMatchers(clang::ast_matchers::MatchFinder *finder) {
  using namespace clang::ast_matchers;
  finder->addMatcher(translationUnitDecl().bind("unit"), this);
}

void RuleCheck::check(const clang::ast_matchers::MatchFinder::MatchResult &result) {
  std::string error;
  if (!analysis_->run(*result.Context, error)) {
    if (!error.empty())
      configurationDiag("unloadcheck: %0") << error;
    return;
  }
  for (const Finding &finding : analysis_->findings())
    if (finding.ruleId == ruleId_)
      emit(finding, *result.SourceManager);
}

void RuleCheck::emit(const Finding &finding, const clang::SourceManager &sm) {
  const clang::SourceLocation loc = toLocation(sm, finding.pos);
  if (loc.isInvalid())
    return;
  // A note-level rule is still a check warning: clang-tidy has no
  // top-level notes.
  const auto level = finding.level == Level::Error ? clang::DiagnosticIDs::Error : clang::DiagnosticIDs::Warning;
  {
    // The message is an argument, not the format: it may hold a '%'.
    clang::DiagnosticBuilder builder = diag(loc, "%0", level);
    builder << finding.message;
    if (finding.fix) {
      std::vector<clang::FixItHint> hints;
      for (const TextEdit &edit : finding.fix->edits) {
        const clang::SourceLocation start = toLocation(sm, edit.pos);
        if (start.isInvalid()) {
          hints.clear(); // half a fix is worse than none
          break;
        }
        hints.push_back(edit.length == 0
                            ? clang::FixItHint::CreateInsertion(start, edit.text)
                            : clang::FixItHint::CreateReplacement(
                                  clang::CharSourceRange::getCharRange(start, start.getLocWithOffset(edit.length)),
                                  edit.text));
      }
      for (const clang::FixItHint &hint : hints)
        builder << hint;
    }
  }
  for (const RelatedLocation &related : finding.related)
    if (const clang::SourceLocation at = toLocation(sm, related.pos); at.isValid())
      diag(at, "%0", clang::DiagnosticIDs::Note) << related.message;
}

void RuleCheck::storeOptions(clang::tidy::ClangTidyOptions::OptionMap &options) {
  // Analysis-wide, so stored under the tool's name rather than the check's.
  const TidySettings settings = readSettings(options);
  std::string files;
  for (const std::string &file : settings.knowledgeFiles)
    files += (files.empty() ? "" : ";") + file;
  options[kKnowledgeFiles] = clang::tidy::ClangTidyOptions::ClangTidyValue(files);
  options[kProjectKnowledge] =
      clang::tidy::ClangTidyOptions::ClangTidyValue(settings.projectKnowledge ? "true" : "false");
}

} // namespace unloadcheck::tidy
