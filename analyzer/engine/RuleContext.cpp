#include "engine/RuleContext.h"

namespace unloadcheck {

void RuleContext::report(std::string message, SourcePos pos, std::vector<RelatedLocation> related,
                         std::vector<RelatedLocation> flow) {
  Finding finding;
  finding.ruleId = ruleId_;
  finding.message = std::move(message);
  finding.pos = std::move(pos);
  finding.related = std::move(related);
  finding.flow = std::move(flow);
  findings_.push_back(std::move(finding));
}

void RuleContext::reportVariant(std::string variant, std::string message, SourcePos pos,
                                std::vector<RelatedLocation> related) {
  report(std::move(message), std::move(pos), std::move(related));
  findings_.back().variant = std::move(variant);
}

void RuleContext::notify(std::string message, SourcePos pos) {
  Notification note;
  note.message = std::move(message);
  note.pos = std::move(pos);
  note.ruleId = ruleId_;
  notifications_.push_back(std::move(note));
}

} // namespace unloadcheck
