#include "frontend/AnnotationCapture.h"

#include "frontend/AbsolutePath.h"

#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroArgs.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace unloadcheck {

SourcePos toSourcePos(const clang::SourceManager &sm, clang::SourceLocation loc) {
  SourcePos pos;
  if (loc.isInvalid())
    return pos;
  clang::SourceLocation expansion = sm.getExpansionLoc(loc);
  clang::PresumedLoc presumed = sm.getPresumedLoc(expansion, /*UseLineDirectives=*/false);
  if (presumed.isInvalid())
    return pos;
  pos.file = absolutePath(presumed.getFilename());
  pos.line = presumed.getLine();
  pos.column = presumed.getColumn();
  return pos;
}

namespace {

// The spelling of one macro argument, unexpanded: `IRP_MJ_READ`, not 3.
std::string argumentSpelling(const clang::MacroArgs *args, unsigned index,
                             const clang::SourceManager &sm, const clang::LangOptions &lang) {
  std::string text;
  for (const clang::Token *token = args->getUnexpArgument(index);
       token->isNot(clang::tok::eof); ++token) {
    if (!text.empty() && token->hasLeadingSpace())
      text += ' ';
    text += clang::Lexer::getSpelling(*token, sm, lang);
  }
  return text;
}

} // namespace

void AnnotationCapture::MacroExpands(const clang::Token &nameToken,
                                     const clang::MacroDefinition &definition,
                                     clang::SourceRange range, const clang::MacroArgs *args) {
  const clang::IdentifierInfo *name = nameToken.getIdentifierInfo();
  if (!name || !macros_.count(name->getName().str()))
    return;
  clang::SourceLocation at = sm_.getExpansionLoc(range.getBegin());
  if (sm_.isInSystemHeader(at))
    return;
  CapturedAnnotation captured;
  auto [file, offset] = sm_.getDecomposedLoc(at);
  captured.file = file;
  captured.offset = offset;
  captured.annotation.name = name->getName().str();
  if (args)
    for (unsigned i = 0; i < args->getNumMacroArguments(); ++i)
      captured.annotation.args.push_back(argumentSpelling(args, i, sm_, lang_));
  captured.annotation.pos = toSourcePos(sm_, at);
  annotations_.push_back(std::move(captured));
}

void AnnotationCapture::InclusionDirective(clang::SourceLocation hashLoc, const clang::Token &,
                                           llvm::StringRef fileName, bool, clang::CharSourceRange,
                                           clang::OptionalFileEntryRef file, llvm::StringRef,
                                           llvm::StringRef, const clang::Module *, bool,
                                           clang::SrcMgr::CharacteristicKind) {
  if (file) {
    std::string name = llvm::sys::path::filename(file->getName()).lower();
    if (std::find(included_.begin(), included_.end(), name) == included_.end())
      included_.push_back(std::move(name));
    return;
  }
  missing_.push_back(MissingHeader{fileName.str(), toSourcePos(sm_, hashLoc)});
}

} // namespace unloadcheck
