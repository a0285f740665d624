#include "frontend/ErrorCollector.h"

#include "frontend/AnnotationCapture.h"

#include "clang/Basic/SourceManager.h"

namespace unloadcheck {

namespace {
constexpr unsigned kErrorsKept = 5;
}

void ErrorCollector::HandleDiagnostic(clang::DiagnosticsEngine::Level level, const clang::Diagnostic &info) {
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

} // namespace unloadcheck
