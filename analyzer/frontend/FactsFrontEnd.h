// The fact-gathering part of a compiler run that someone else drives: the
// CLI's own run (TranslationUnit.cpp) and clang-tidy's run (the tidy module).
// Hook it to the preprocessor before parsing, feed it the parse's
// diagnostics, and collect the facts once the AST is complete.
#pragma once

#include "facts/Facts.h"
#include "frontend/AnnotationCapture.h"
#include "frontend/DebugRegions.h"
#include "frontend/ErrorCollector.h"

#include <memory>
#include <vector>

namespace clang {
class ASTContext;
class Preprocessor;
} // namespace clang

namespace unloadcheck {

class KnowledgeBase;
class SuppressionComments;

class FactsFrontEnd {
public:
  FactsFrontEnd(const KnowledgeBase &kb, TuFacts &facts);
  ~FactsFrontEnd();
  FactsFrontEnd(const FactsFrontEnd &) = delete;
  FactsFrontEnd &operator=(const FactsFrontEnd &) = delete;

  // Before parsing: annotation macros, `#if DBG` regions and NOLINT
  // comments (facts: fixes keep clear of them). The preprocessor must stop
  // reading comments, by unwatch() or its own end, before this object ends.
  void watch(clang::Preprocessor &pp);
  // For a preprocessor that outlives this object: it stops reading comments
  // into it. Call once parsing is over.
  void unwatch();

  // Every diagnostic of the parse must reach this consumer.
  clang::DiagnosticConsumer &errors() { return errors_; }

  // After parsing: the AST's facts, added to the TuFacts given.
  void collect(clang::ASTContext &context);

private:
  const KnowledgeBase &kb_;
  TuFacts &facts_;
  ErrorCollector errors_;
  std::vector<CapturedAnnotation> annotations_;
  std::vector<SourceRegion> debugRegions_;
  std::unique_ptr<SuppressionComments> suppressionComments_;
  clang::Preprocessor *watched_ = nullptr;
};

} // namespace unloadcheck
