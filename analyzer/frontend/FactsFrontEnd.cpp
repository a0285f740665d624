#include "frontend/FactsFrontEnd.h"

#include "frontend/FactsCollector.h"
#include "frontend/SuppressionComments.h"
#include "knowledge/KnowledgeBase.h"

#include "clang/AST/ASTContext.h"
#include "clang/Lex/Preprocessor.h"

namespace unloadcheck {

FactsFrontEnd::FactsFrontEnd(const KnowledgeBase &kb, TuFacts &facts) : kb_(kb), facts_(facts), errors_(facts) {}

FactsFrontEnd::~FactsFrontEnd() = default;

void FactsFrontEnd::watch(clang::Preprocessor &pp) {
  const clang::SourceManager &sm = pp.getSourceManager();
  pp.addPPCallbacks(std::make_unique<AnnotationCapture>(sm, pp.getLangOpts(), kb_.annotationMacros(), annotations_,
                                                        facts_.missingHeaders, facts_.includedHeaders));
  pp.addPPCallbacks(std::make_unique<DebugRegions>(sm, pp.getLangOpts(), debugRegions_));
  suppressionComments_ = std::make_unique<SuppressionComments>(facts_.suppressions);
  pp.addCommentHandler(suppressionComments_.get());
  watched_ = &pp;
  facts_.parsed = true;
}

void FactsFrontEnd::unwatch() {
  if (watched_)
    watched_->removeCommentHandler(suppressionComments_.get());
  watched_ = nullptr;
}

void FactsFrontEnd::collect(clang::ASTContext &context) {
  FactsCollector(kb_, facts_, annotations_, errors_.locations(), debugRegions_).HandleTranslationUnit(context);
}

} // namespace unloadcheck
