#include "frontend/TranslationUnit.h"

#include "engine/EmbeddedFiles.h"
#include "frontend/AbsolutePath.h"
#include "frontend/CaseInsensitiveFileSystem.h"
#include "frontend/FactsFrontEnd.h"
#include "knowledge/KnowledgeBase.h"

#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace unloadcheck {

namespace {

// Parses with the CLI's own compiler run; the facts come from FactsFrontEnd.
class CollectFactsAction : public clang::ASTFrontendAction {
public:
  explicit CollectFactsAction(FactsFrontEnd &frontEnd) : frontEnd_(frontEnd) {}

  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &ci,
                                                        llvm::StringRef) override {
    frontEnd_.watch(ci.getPreprocessor());
    // Errors reach the user as one notification, not as clang's "N errors generated."
    ci.getDiagnosticOpts().ShowCarets = false;
    return std::make_unique<Consumer>(frontEnd_);
  }

private:
  struct Consumer : clang::ASTConsumer {
    explicit Consumer(FactsFrontEnd &frontEnd) : frontEnd(frontEnd) {}
    void HandleTranslationUnit(clang::ASTContext &context) override { frontEnd.collect(context); }
    FactsFrontEnd &frontEnd;
  };
  FactsFrontEnd &frontEnd_;
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
  // Declared before the invocation: the preprocessor holds its comment
  // handler until the invocation ends.
  FactsFrontEnd frontEnd(kb, facts);
  clang::tooling::ToolInvocation invocation(commandLine, std::make_unique<CollectFactsAction>(frontEnd), files.get());
  invocation.setDiagnosticConsumer(&frontEnd.errors());
  invocation.run(); // false on any error; `facts.parsed` says whether the front end ran
  return facts;
}

} // namespace unloadcheck
