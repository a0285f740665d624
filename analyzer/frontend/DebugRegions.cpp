#include "frontend/DebugRegions.h"

#include "clang/Basic/IdentifierTable.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/Token.h"

#include <regex>

namespace unloadcheck {

namespace {

bool isDebugCondition(llvm::StringRef text) {
  static const std::regex debug(R"(^\s*(DBG|defined\s*\(\s*DBG\s*\)|defined\s+DBG)\s*$)");
  return std::regex_match(text.str(), debug);
}

} // namespace

bool SourceRegion::contains(const clang::SourceManager &sm, clang::SourceLocation loc) const {
  auto [where, offset] = sm.getDecomposedLoc(sm.getExpansionLoc(loc));
  return where == file && offset >= begin && offset < end;
}

void DebugRegions::branch(clang::SourceLocation loc, bool debugOnly) {
  if (open_.empty())
    return;
  close(loc);
  open_.back() = debugOnly ? loc : clang::SourceLocation();
}

void DebugRegions::close(clang::SourceLocation loc) {
  clang::SourceLocation start = open_.back();
  if (start.isInvalid())
    return;
  auto [file, begin] = sm_.getDecomposedLoc(start);
  auto [endFile, end] = sm_.getDecomposedLoc(loc);
  if (file == endFile)
    regions_.push_back({file, begin, end});
}

void DebugRegions::If(clang::SourceLocation loc, clang::SourceRange condition, ConditionValueKind value) {
  open_.emplace_back();
  const llvm::StringRef text = clang::Lexer::getSourceText(clang::CharSourceRange::getTokenRange(condition), sm_, lang_);
  branch(loc, value == CVK_True && isDebugCondition(text));
}

void DebugRegions::Ifdef(clang::SourceLocation loc, const clang::Token &name, const clang::MacroDefinition &defined) {
  open_.emplace_back();
  const clang::IdentifierInfo *id = name.getIdentifierInfo();
  branch(loc, static_cast<bool>(defined) && id && id->getName() == "DBG");
}

void DebugRegions::Ifndef(clang::SourceLocation loc, const clang::Token &, const clang::MacroDefinition &) {
  open_.emplace_back();
}

void DebugRegions::Elif(clang::SourceLocation loc, clang::SourceRange condition, ConditionValueKind value,
                        clang::SourceLocation) {
  const llvm::StringRef text = clang::Lexer::getSourceText(clang::CharSourceRange::getTokenRange(condition), sm_, lang_);
  branch(loc, value == CVK_True && isDebugCondition(text));
}

void DebugRegions::Elifdef(clang::SourceLocation loc, const clang::Token &name, const clang::MacroDefinition &defined) {
  const clang::IdentifierInfo *id = name.getIdentifierInfo();
  branch(loc, static_cast<bool>(defined) && id && id->getName() == "DBG");
}

void DebugRegions::Elifndef(clang::SourceLocation loc, const clang::Token &, const clang::MacroDefinition &) {
  branch(loc, false);
}

void DebugRegions::Else(clang::SourceLocation loc, clang::SourceLocation) { branch(loc, false); }

void DebugRegions::Endif(clang::SourceLocation loc, clang::SourceLocation) {
  if (open_.empty())
    return;
  close(loc);
  open_.pop_back();
}

} // namespace unloadcheck
