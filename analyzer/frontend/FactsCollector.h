// Walks one translation unit's AST and writes down its facts: the driver's
// functions with their declarations, annotations and calls, and the stores
// into driver-object callback slots.
#pragma once

#include "facts/Facts.h"
#include "frontend/AnnotationCapture.h"
#include "frontend/DebugRegions.h"
#include "frontend/ErrorCollector.h"

#include "clang/AST/ASTConsumer.h"

#include <vector>

namespace unloadcheck {

class KnowledgeBase;

class FactsCollector : public clang::ASTConsumer {
public:
  FactsCollector(const KnowledgeBase &kb, TuFacts &facts,
                 const std::vector<CapturedAnnotation> &annotations,
                 const std::vector<ErrorLocation> &errors, const std::vector<SourceRegion> &debugRegions)
      : kb_(kb), facts_(facts), annotations_(annotations), errors_(errors), debugRegions_(debugRegions) {}

  void HandleTranslationUnit(clang::ASTContext &context) override;

private:
  const KnowledgeBase &kb_;
  TuFacts &facts_;
  const std::vector<CapturedAnnotation> &annotations_;
  const std::vector<ErrorLocation> &errors_;
  const std::vector<SourceRegion> &debugRegions_;
};

} // namespace unloadcheck
