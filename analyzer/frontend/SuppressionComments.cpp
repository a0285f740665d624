#include "frontend/SuppressionComments.h"

#include "frontend/AnnotationCapture.h"
#include "support/Strings.h"

#include <cctype>

namespace unloadcheck {

std::vector<SuppressionComment> parseSuppressionComment(const std::string &text) {
  static const std::pair<const char *, SuppressionComment::Kind> markers[] = {
      {"NOLINTNEXTLINE", SuppressionComment::Kind::NextLine},
      {"NOLINTBEGIN", SuppressionComment::Kind::Begin},
      {"NOLINTEND", SuppressionComment::Kind::End},
      {"NOLINT", SuppressionComment::Kind::Line},
  };
  std::vector<SuppressionComment> found;
  size_t at = 0;
  while ((at = text.find("NOLINT", at)) != std::string::npos) {
    SuppressionComment comment;
    size_t length = 0;
    for (const auto &[marker, kind] : markers) {
      const std::string name = marker;
      if (text.compare(at, name.size(), name) == 0) {
        comment.kind = kind;
        length = name.size();
        break;
      }
    }
    size_t next = at + length;
    // `NOLINTFOO` is no marker; only `NOLINT`, `NOLINT(...)` and the like.
    if (next < text.size() && (std::isalnum(static_cast<unsigned char>(text[next])) || text[next] == '_')) {
      at = next;
      continue;
    }
    if (next < text.size() && text[next] == '(') {
      size_t close = text.find(')', next);
      if (close == std::string::npos) {
        at = next;
        continue; // unterminated: not a marker clang-tidy would accept
      }
      comment.rules = splitList(text.substr(next + 1, close - next - 1));
      next = close + 1;
    }
    found.push_back(std::move(comment));
    at = next;
  }
  return found;
}

bool SuppressionComments::HandleComment(clang::Preprocessor &pp, clang::SourceRange comment) {
  const clang::SourceManager &sm = pp.getSourceManager();
  clang::SourceLocation begin = comment.getBegin();
  if (begin.isInvalid() || sm.isInSystemHeader(begin))
    return false;
  bool invalid = false;
  const char *start = sm.getCharacterData(begin, &invalid);
  if (invalid)
    return false;
  const char *end = sm.getCharacterData(comment.getEnd(), &invalid);
  if (invalid || end < start)
    return false;
  const std::string text(start, end);
  if (text.find("NOLINT") == std::string::npos)
    return false;
  const SourcePos pos = toSourcePos(sm, begin);
  for (SuppressionComment &marker : parseSuppressionComment(text)) {
    marker.file = pos.file;
    // The comment's last line: a finding on the line a `//` comment ends.
    marker.line = toSourcePos(sm, comment.getEnd()).line;
    found_.push_back(std::move(marker));
  }
  return false;
}

} // namespace unloadcheck
