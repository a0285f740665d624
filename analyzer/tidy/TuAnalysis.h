// One analysis per translation unit, shared by every unloadcheck check
// clang-tidy creates for that unit: the checks are one per rule, but the
// facts are gathered and the rules run once, on a one-file driver model.
#pragma once

#include "engine/Analyzer.h"
#include "frontend/FactsFrontEnd.h"
#include "knowledge/KnowledgeBase.h"
#include "tidy/DiagnosticTap.h"

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class Preprocessor;
} // namespace clang

namespace unloadcheck::tidy {

// What the analysis reads from clang-tidy's options.
struct TidySettings {
  std::vector<std::string> knowledgeFiles; // unloadcheck.KnowledgeFiles, ';'-separated
  bool projectKnowledge = true;            // unloadcheck.ProjectKnowledge
};

class TuAnalysis {
public:
  explicit TuAnalysis(TidySettings settings) : settings_(std::move(settings)) {}

  // Each check of the unit says which rule it reports.
  void enable(const std::string &ruleId) { enabled_.insert(ruleId); }
  // Called by every check before parsing; hooks the preprocessor once.
  void watch(clang::Preprocessor &pp);
  // Called by every check once the AST is complete; analyses once. Returns
  // false when the analysis cannot run (a user knowledge file that does not
  // load), with a one-line message for the first check that asks.
  bool run(clang::ASTContext &context, std::string &error);

  // Every finding, NOLINT comments not applied: clang-tidy applies its own
  // NOLINT handling to them, and counts what it silences.
  const std::vector<Finding> &findings() const { return findings_; }

private:
  bool analyse(clang::ASTContext &context);

  TidySettings settings_;
  bool watched_ = false;
  std::set<std::string> enabled_;
  TuFacts facts_;
  KnowledgeBase kb_;
  std::unique_ptr<FactsFrontEnd> frontEnd_;
  std::unique_ptr<DiagnosticTap> tap_;
  std::optional<bool> ran_;
  std::string error_;
  bool errorSaid_ = false;
  std::vector<Finding> findings_;
};

// Hands the checks of one unit the same TuAnalysis: clang-tidy creates all
// checks of a unit, runs the unit and destroys them before the next unit, so
// the analysis lives exactly as long as its unit's checks hold it.
class TuAnalysisSlot {
public:
  std::shared_ptr<TuAnalysis> current(const TidySettings &settings);

private:
  std::weak_ptr<TuAnalysis> current_;
};

} // namespace unloadcheck::tidy
