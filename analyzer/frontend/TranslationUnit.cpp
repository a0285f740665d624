#include "frontend/TranslationUnit.h"

#include "engine/EmbeddedFiles.h"
#include "frontend/AbsolutePath.h"
#include "frontend/AnnotationCapture.h"
#include "frontend/DebugRegions.h"
#include "frontend/SuppressionComments.h"
#include "frontend/CaseInsensitiveFileSystem.h"
#include "frontend/FactsCollector.h"
#include "knowledge/KnowledgeBase.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace unloadcheck {

namespace {

constexpr unsigned kErrorsKept = 5;

// Keeps the error diagnostics: their text for the user, their offsets to
// mark the functions that hold them.
class ErrorCollector : public clang::DiagnosticConsumer {
public:
  ErrorCollector(TuFacts &facts, std::vector<ErrorLocation> &locations)
      : facts_(facts), locations_(locations) {}

  void HandleDiagnostic(clang::DiagnosticsEngine::Level level,
                        const clang::Diagnostic &info) override {
    clang::DiagnosticConsumer::HandleDiagnostic(level, info);
    if (level < clang::DiagnosticsEngine::Error)
      return;
    ++facts_.errorCount;
    llvm::SmallString<256> message;
    info.FormatDiagnostic(message);
    std::string where;
    if (info.hasSourceManager() && info.getLocation().isValid()) {
      const clang::SourceManager &sm = info.getSourceManager();
      clang::SourceLocation loc = sm.getExpansionLoc(info.getLocation());
      auto [file, offset] = sm.getDecomposedLoc(loc);
      locations_.push_back({file, offset});
      SourcePos pos = toSourcePos(sm, loc);
      where = pos.file + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": ";
    }
    if (facts_.errors.size() < kErrorsKept)
      facts_.errors.push_back(where + std::string(message));
  }

private:
  TuFacts &facts_;
  std::vector<ErrorLocation> &locations_;
};

class CollectFactsAction : public clang::ASTFrontendAction {
public:
  CollectFactsAction(const KnowledgeBase &kb, TuFacts &facts,
                     const std::vector<ErrorLocation> &errorLocations)
      : kb_(kb), facts_(facts), errorLocations_(errorLocations) {}

  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &ci,
                                                        llvm::StringRef) override {
    clang::Preprocessor &pp = ci.getPreprocessor();
    pp.addPPCallbacks(std::make_unique<AnnotationCapture>(
        ci.getSourceManager(), ci.getLangOpts(), kb_.annotationMacros(), annotations_,
        facts_.missingHeaders, facts_.includedHeaders));
    pp.addPPCallbacks(std::make_unique<DebugRegions>(ci.getSourceManager(), ci.getLangOpts(), debugRegions_));
    suppressionComments_ = std::make_unique<SuppressionComments>(facts_.suppressions);
    pp.addCommentHandler(suppressionComments_.get());
    facts_.parsed = true;
    // Errors reach the user as one notification, not as clang's "N errors generated."
    ci.getDiagnosticOpts().ShowCarets = false;
    return std::make_unique<FactsCollector>(kb_, facts_, annotations_, errorLocations_, debugRegions_);
  }

private:
  const KnowledgeBase &kb_;
  TuFacts &facts_;
  const std::vector<ErrorLocation> &errorLocations_;
  std::vector<CapturedAnnotation> annotations_;
  std::vector<SourceRegion> debugRegions_;
  std::unique_ptr<SuppressionComments> suppressionComments_;
};

// The real file system, with the compatibility headers mounted from the
// binary, all looked up as Windows would: case-insensitively, `\` or `/`.
llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> driverFileSystem() {
  // A physical file system of its own: a compilation database's
  // -working-directory must not move the whole process (other threads,
  // paths printed later).
  auto overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>(llvm::vfs::createPhysicalFileSystem()));
  auto compat = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  const std::string prefix = "analyzer/wdk-compat/";
  for (const EmbeddedFile &file : embeddedFiles()) {
    if (!file.path.starts_with(prefix) || !file.path.ends_with(".h"))
      continue;
    std::string path = std::string(kCompatIncludeDir) + "/" + std::string(file.path.substr(prefix.size()));
    compat->addFile(path, 0, llvm::MemoryBuffer::getMemBuffer(file.content, path, false));
  }
  overlay->pushOverlay(compat);
  return llvm::makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(overlay);
}

} // namespace

TuFacts analyzeTranslationUnit(const std::string &sourceFile,
                               const std::vector<std::string> &arguments,
                               const KnowledgeBase &kb) {
  TuFacts facts;
  facts.mainFile = absolutePath(sourceFile);

  std::vector<std::string> commandLine{"clang"};
  commandLine.insert(commandLine.end(), arguments.begin(), arguments.end());
  commandLine.push_back("-fsyntax-only");
  // After "--" an absolute path is an input even in cl.exe mode, where
  // "/work/x.c" would otherwise read as an option.
  commandLine.push_back("--");
  commandLine.push_back(facts.mainFile);

  auto files = llvm::makeIntrusiveRefCnt<clang::FileManager>(clang::FileSystemOptions(), driverFileSystem());
  std::vector<ErrorLocation> errorLocations;
  ErrorCollector errors(facts, errorLocations);
  clang::tooling::ToolInvocation invocation(
      commandLine, std::make_unique<CollectFactsAction>(kb, facts, errorLocations), files.get());
  invocation.setDiagnosticConsumer(&errors);
  invocation.run(); // false on any error; `facts.parsed` says whether the front end ran
  return facts;
}

} // namespace unloadcheck
