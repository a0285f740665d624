// Reduces a function body's Clang CFG to FunctionCfg facts: blocks of calls,
// returns, assignments and parameter reads, their successors, and the
// blocks that branch on bits of a parameter.
#pragma once

#include "facts/Facts.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

#include <map>

namespace unloadcheck {

// `callIndex` maps each call expression of the body to its index in the
// function's CallFact list; calls it does not know are left out.
FunctionCfg summariseCfg(const clang::FunctionDecl &function, clang::ASTContext &context,
                         const std::map<const clang::CallExpr *, unsigned> &callIndex);

} // namespace unloadcheck
