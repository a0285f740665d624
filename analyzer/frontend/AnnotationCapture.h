// Records SAL annotations as the preprocessor expands them, the headers
// included, and includes whose header cannot be found. Most headers define SAL macros as nothing,
// so the expansion is the only place the annotation can be seen.
#pragma once

#include "facts/Facts.h"

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/PPCallbacks.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace unloadcheck {

// An annotation with the file offset of its expansion, to attach it to the
// declaration it precedes once the AST is built.
struct CapturedAnnotation {
  clang::FileID file;
  unsigned offset = 0;
  Annotation annotation;
};

class AnnotationCapture : public clang::PPCallbacks {
public:
  AnnotationCapture(const clang::SourceManager &sm, const clang::LangOptions &lang,
                    const std::set<std::string> &macros,
                    std::vector<CapturedAnnotation> &annotations,
                    std::vector<MissingHeader> &missing, std::vector<std::string> &included)
      : sm_(sm), lang_(lang), macros_(macros), annotations_(annotations), missing_(missing),
        included_(included) {}

  void MacroExpands(const clang::Token &nameToken, const clang::MacroDefinition &definition,
                    clang::SourceRange range, const clang::MacroArgs *args) override;

  // Tells the preprocessor to go on without the header: the analysis then
  // stays silent where its declarations would have mattered.
  bool FileNotFound(llvm::StringRef fileName) override { return true; }

  void InclusionDirective(clang::SourceLocation hashLoc, const clang::Token &includeToken,
                          llvm::StringRef fileName, bool isAngled,
                          clang::CharSourceRange fileNameRange, clang::OptionalFileEntryRef file,
                          llvm::StringRef searchPath, llvm::StringRef relativePath,
                          const clang::Module *suggestedModule, bool moduleImported,
                          clang::SrcMgr::CharacteristicKind fileType) override;

private:
  const clang::SourceManager &sm_;
  const clang::LangOptions &lang_;
  const std::set<std::string> &macros_;
  std::vector<CapturedAnnotation> &annotations_;
  std::vector<MissingHeader> &missing_;
  std::vector<std::string> &included_;
};

// Converts a location to a SourcePos at its expansion point.
SourcePos toSourcePos(const clang::SourceManager &sm, clang::SourceLocation loc);

} // namespace unloadcheck
