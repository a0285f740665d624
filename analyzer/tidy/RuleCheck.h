// One clang-tidy check per unloadcheck rule, named as the rule. The checks
// of a translation unit share one TuAnalysis; each reports its own rule's
// findings, with their related locations as notes and their fixes as
// fix-its.
#pragma once

#include "tidy/TuAnalysis.h"

#include "clang-tidy/ClangTidyCheck.h"

#include <memory>

namespace unloadcheck::tidy {

// The analysis-wide settings, read from CheckOptions by the first check of a
// unit: `unloadcheck.KnowledgeFiles` and `unloadcheck.ProjectKnowledge`.
TidySettings readSettings(const clang::tidy::ClangTidyOptions::OptionMap &options);

class RuleCheck : public clang::tidy::ClangTidyCheck {
public:
  RuleCheck(llvm::StringRef name, clang::tidy::ClangTidyContext *context, std::shared_ptr<TuAnalysis> analysis);

  void registerPPCallbacks(const clang::SourceManager &sm, clang::Preprocessor *pp,
                           clang::Preprocessor *moduleExpanderPP) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &options) override;

private:
  void emit(const Finding &finding, const clang::SourceManager &sm);

  std::string ruleId_;
  std::shared_ptr<TuAnalysis> analysis_;
};

} // namespace unloadcheck::tidy
