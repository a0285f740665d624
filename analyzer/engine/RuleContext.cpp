#include "engine/RuleContext.h"

namespace unloadcheck {

Finding &RuleContext::report(std::string message, SourcePos pos, std::vector<RelatedLocation> related,
                         std::vector<RelatedLocation> flow) {
  Finding finding;
  finding.ruleId = ruleId_;
  finding.message = std::move(message);
  finding.pos = std::move(pos);
  finding.related = std::move(related);
  finding.flow = std::move(flow);
  findings_.push_back(std::move(finding));
  return findings_.back();
}

Finding &RuleContext::reportVariant(std::string variant, std::string message, SourcePos pos,
                                std::vector<RelatedLocation> related) {
  Finding &finding = report(std::move(message), std::move(pos), std::move(related));
  finding.variant = std::move(variant);
  return finding;
}

void RuleContext::notify(std::string message, SourcePos pos) {
  Notification note;
  note.message = std::move(message);
  note.pos = std::move(pos);
  note.ruleId = ruleId_;
  notifications_.push_back(std::move(note));
}

} // namespace unloadcheck
