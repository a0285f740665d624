// Records the stretches of source compiled only in a checked build: the
// taken branch of `#if DBG`, `#ifdef DBG`, `#if defined(DBG)`. Code there is
// debugging aid; some rules judge it differently. What the preprocessor did
// not compile is not in the AST at all, so only taken branches matter.
#pragma once

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/PPCallbacks.h"

#include <vector>

namespace unloadcheck {

struct SourceRegion {
  clang::FileID file;
  unsigned begin = 0, end = 0; // offsets in the file

  bool contains(const clang::SourceManager &sm, clang::SourceLocation loc) const;
};

class DebugRegions : public clang::PPCallbacks {
public:
  DebugRegions(const clang::SourceManager &sm, const clang::LangOptions &lang, std::vector<SourceRegion> &regions)
      : sm_(sm), lang_(lang), regions_(regions) {}

  void If(clang::SourceLocation loc, clang::SourceRange condition, ConditionValueKind value) override;
  void Ifdef(clang::SourceLocation loc, const clang::Token &name, const clang::MacroDefinition &) override;
  void Ifndef(clang::SourceLocation loc, const clang::Token &, const clang::MacroDefinition &) override;
  void Elif(clang::SourceLocation loc, clang::SourceRange condition, ConditionValueKind value,
            clang::SourceLocation ifLoc) override;
  void Elifdef(clang::SourceLocation loc, const clang::Token &name, const clang::MacroDefinition &) override;
  void Elifndef(clang::SourceLocation loc, const clang::Token &, const clang::MacroDefinition &) override;
  void Else(clang::SourceLocation loc, clang::SourceLocation ifLoc) override;
  void Endif(clang::SourceLocation loc, clang::SourceLocation ifLoc) override;

private:
  // A new branch of the innermost conditional starts at `loc`.
  void branch(clang::SourceLocation loc, bool debugOnly);
  void close(clang::SourceLocation loc);

  const clang::SourceManager &sm_;
  const clang::LangOptions &lang_;
  std::vector<SourceRegion> &regions_;
  // Per open conditional: where its current branch started when that
  // branch is a taken DBG branch, else an invalid location.
  std::vector<clang::SourceLocation> open_;
};

} // namespace unloadcheck
