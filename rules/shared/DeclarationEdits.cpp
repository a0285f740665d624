#include "shared/DeclarationEdits.h"

#include <algorithm>

namespace unloadcheck {

namespace {

bool nextLineCommentOn(const std::vector<SuppressionComment> &suppressions, const std::string &file,
                       unsigned line) {
  return std::any_of(suppressions.begin(), suppressions.end(), [&](const SuppressionComment &comment) {
    return comment.kind == SuppressionComment::Kind::NextLine && comment.file == file && comment.line == line;
  });
}

} // namespace

std::optional<TextEdit> insertLinesBefore(const DeclFact &decl, const std::vector<std::string> &lines,
                                          const std::vector<SuppressionComment> &suppressions) {
  if (!decl.insertion || lines.empty())
    return std::nullopt;
  const LineInsertion &at = *decl.insertion;
  TextEdit edit;
  edit.pos = at.pos;
  while (edit.pos.line > 1 && nextLineCommentOn(suppressions, edit.pos.file, edit.pos.line - 1))
    --edit.pos.line;
  for (const std::string &line : lines)
    edit.text += (line.empty() ? "" : at.indent + line) + at.newline;
  return edit;
}

} // namespace unloadcheck
