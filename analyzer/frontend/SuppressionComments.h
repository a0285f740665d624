// Records clang-tidy style suppression comments as the preprocessor sees
// them: `// NOLINT`, `// NOLINTNEXTLINE`, `// NOLINTBEGIN` / `// NOLINTEND`,
// each optionally naming the rules (`NOLINT(driver-role-type, driver-irql)`,
// globs allowed).
#pragma once

#include "facts/Facts.h"

#include "clang/Lex/Preprocessor.h"

#include <vector>

namespace unloadcheck {

class SuppressionComments : public clang::CommentHandler {
public:
  explicit SuppressionComments(std::vector<SuppressionComment> &found) : found_(found) {}

  bool HandleComment(clang::Preprocessor &pp, clang::SourceRange comment) override;

private:
  std::vector<SuppressionComment> &found_;
};

// The suppression markers in one comment's text, for tests and for the
// handler: "// NOLINT(driver-irql)" gives one Line marker naming driver-irql.
std::vector<SuppressionComment> parseSuppressionComment(const std::string &text);

} // namespace unloadcheck
