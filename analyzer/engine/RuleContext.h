// What a rule sees: the driver model and the knowledge base, never the AST;
// and where it reports. A rule says what is wrong and where; its level,
// suppression and output belong to the engine and the reporters.
#pragma once

#include "engine/Finding.h"
#include "knowledge/KnowledgeBase.h"
#include "model/DerivedAnalyses.h"
#include "model/DriverModel.h"

#include <string>
#include <vector>

namespace unloadcheck {

class RuleContext {
public:
  RuleContext(std::string ruleId, const DriverModel &model, const KnowledgeBase &kb,
              const DerivedAnalyses &analyses)
      : ruleId_(std::move(ruleId)), model_(model), kb_(kb), analyses_(analyses) {}

  const DriverModel &model() const { return model_; }
  const KnowledgeBase &kb() const { return kb_; }
  const Teardown &teardown() const { return analyses_.teardown(); }
  const IrqlAnalysis &irql() const { return analyses_.irql(); }

  // Returns the finding, so that a rule can attach a fix to it.
  Finding &report(std::string message, SourcePos pos, std::vector<RelatedLocation> related = {},
              std::vector<RelatedLocation> flow = {});
  // A finding of one of the kinds the catalogue gives a level of its own.
  Finding &reportVariant(std::string variant, std::string message, SourcePos pos,
                     std::vector<RelatedLocation> related = {});
  // Said once per run: the rule could not look at something.
  void notify(std::string message, SourcePos pos = {});

  std::vector<Finding> takeFindings() { return std::move(findings_); }
  std::vector<Notification> takeNotifications() { return std::move(notifications_); }

private:
  std::string ruleId_;
  const DriverModel &model_;
  const KnowledgeBase &kb_;
  const DerivedAnalyses &analyses_;
  std::vector<Finding> findings_;
  std::vector<Notification> notifications_;
};

} // namespace unloadcheck
