#include "report/FixExport.h"

#include "report/TextOffsets.h"

#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/raw_ostream.h"

namespace unloadcheck {
namespace {

namespace tooling = clang::tooling;

tooling::Diagnostic::Level diagnosticLevel(Level level) {
  switch (level) {
  case Level::Note:
    return tooling::Diagnostic::Remark;
  case Level::Warning:
    return tooling::Diagnostic::Warning;
  case Level::Error:
    return tooling::Diagnostic::Error;
  }
  return tooling::Diagnostic::Warning;
}

tooling::DiagnosticMessage messageAt(const std::string &text, const SourcePos &pos, SourceLines &sources) {
  tooling::DiagnosticMessage message(text);
  message.FilePath = pos.file;
  if (const std::string *content = sources.content(pos.file))
    if (auto offset = byteOffset(*content, pos.line, pos.column == 0 ? 1 : pos.column))
      message.FileOffset = static_cast<unsigned>(*offset);
  return message;
}

} // namespace

std::string exportFixesYaml(const std::vector<Finding> &findings, const FixPlan &plan,
                            const std::string &mainSourceFile, const std::string &buildDirectory,
                            SourceLines &sources) {
  tooling::TranslationUnitDiagnostics document;
  document.MainSourceFile = mainSourceFile;
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding &finding = findings[i];
    tooling::Diagnostic diagnostic(finding.ruleId, diagnosticLevel(finding.level), buildDirectory);
    diagnostic.Message = messageAt(finding.message, finding.pos, sources);
    for (const ByteEdit &edit : plan.edits[i]) {
      tooling::Replacement replacement(edit.file, static_cast<unsigned>(edit.offset),
                                       static_cast<unsigned>(edit.length), edit.text);
      // The plan keeps a finding's edits apart, so adding cannot conflict.
      llvm::consumeError(diagnostic.Message.Fix[edit.file].add(replacement));
    }
    for (const RelatedLocation &related : finding.related)
      diagnostic.Notes.push_back(messageAt(related.message, related.pos, sources));
    document.Diagnostics.push_back(std::move(diagnostic));
  }
  std::string text;
  llvm::raw_string_ostream stream(text);
  llvm::yaml::Output yaml(stream);
  yaml << document;
  stream.flush();
  return text;
}

} // namespace unloadcheck
