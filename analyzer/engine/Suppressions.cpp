#include "engine/Suppressions.h"

#include "engine/CheckSelection.h"

#include <algorithm>
#include <limits>
#include <map>

namespace unloadcheck {

namespace {

bool names(const std::vector<std::string> &rules, const std::string &ruleId) {
  return rules.empty() ||
         std::any_of(rules.begin(), rules.end(), [&](const std::string &glob) { return globMatches(glob, ruleId); });
}

} // namespace

Suppressions::Suppressions(const std::vector<SuppressionComment> &comments) {
  // NOLINTBEGIN(x) is closed by the next NOLINTEND(x) with the same list in
  // the same file; one left open runs to the end of the file.
  std::vector<const SuppressionComment *> ordered;
  for (const SuppressionComment &comment : comments)
    ordered.push_back(&comment);
  std::stable_sort(ordered.begin(), ordered.end(), [](const SuppressionComment *a, const SuppressionComment *b) {
    return std::tie(a->file, a->line) < std::tie(b->file, b->line);
  });
  std::vector<const SuppressionComment *> open;
  for (const SuppressionComment *comment : ordered) {
    switch (comment->kind) {
    case SuppressionComment::Kind::Line:
      ranges_.push_back({comment->file, comment->line, comment->line, comment->rules});
      break;
    case SuppressionComment::Kind::NextLine:
      ranges_.push_back({comment->file, comment->line + 1, comment->line + 1, comment->rules});
      break;
    case SuppressionComment::Kind::Begin:
      open.push_back(comment);
      break;
    case SuppressionComment::Kind::End:
      for (auto it = open.rbegin(); it != open.rend(); ++it)
        if ((*it)->file == comment->file && (*it)->rules == comment->rules) {
          ranges_.push_back({comment->file, (*it)->line, comment->line, comment->rules});
          open.erase(std::next(it).base());
          break;
        }
      break;
    }
  }
  for (const SuppressionComment *comment : open)
    ranges_.push_back({comment->file, comment->line, std::numeric_limits<unsigned>::max(), comment->rules});
}

bool Suppressions::suppresses(const Finding &finding) const {
  return std::any_of(ranges_.begin(), ranges_.end(), [&](const Range &range) {
    return range.file == finding.pos.file && finding.pos.line >= range.first && finding.pos.line <= range.last &&
           names(range.rules, finding.ruleId);
  });
}

} // namespace unloadcheck
