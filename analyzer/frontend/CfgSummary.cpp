#include "frontend/CfgSummary.h"

#include "frontend/AnnotationCapture.h"

#include "clang/AST/ASTContext.h"
#include "clang/Analysis/CFG.h"

namespace unloadcheck {

FunctionCfg summariseCfg(const clang::FunctionDecl &function, clang::ASTContext &context,
                         const std::map<const clang::CallExpr *, unsigned> &callIndex) {
  FunctionCfg summary;
  clang::Stmt *body = function.getBody();
  if (!body)
    return summary;
  clang::CFG::BuildOptions options;
  std::unique_ptr<clang::CFG> cfg = clang::CFG::buildCFG(&function, body, &context, options);
  if (!cfg)
    return summary;

  const clang::SourceManager &sm = context.getSourceManager();
  summary.blocks.resize(cfg->getNumBlockIDs());
  summary.entry = cfg->getEntry().getBlockID();
  summary.exit = cfg->getExit().getBlockID();
  summary.end = toSourcePos(sm, body->getEndLoc());
  for (const clang::CFGBlock *block : *cfg) {
    CfgBlock &out = summary.blocks[block->getBlockID()];
    for (const clang::CFGElement &element : *block) {
      std::optional<clang::CFGStmt> statement = element.getAs<clang::CFGStmt>();
      if (!statement)
        continue;
      const clang::Stmt *stmt = statement->getStmt();
      if (const auto *call = llvm::dyn_cast<clang::CallExpr>(stmt)) {
        auto found = callIndex.find(call);
        if (found != callIndex.end())
          out.events.push_back({CfgEvent::Kind::Call, found->second, {}});
      } else if (llvm::isa<clang::ReturnStmt>(stmt)) {
        out.events.push_back({CfgEvent::Kind::Return, 0, toSourcePos(sm, stmt->getBeginLoc())});
      }
    }
    for (const clang::CFGBlock::AdjacentBlock &successor : block->succs())
      if (const clang::CFGBlock *next = successor.getReachableBlock())
        out.successors.push_back(next->getBlockID());
  }
  return summary;
}

} // namespace unloadcheck
