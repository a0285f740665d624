// Describes call arguments by what they refer to (see ArgFact): the storage a
// handle lives in, the routine passed, the name string carried. This is what
// lets a release be matched with the registration it undoes.
#pragma once

#include "facts/Facts.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

#include <map>
#include <set>
#include <string>

namespace unloadcheck {

class ArgumentIdentity {
public:
  ArgumentIdentity(clang::ASTContext &context, const std::set<std::string> &stringInitializers,
                   const std::set<std::string> &stringModifiers)
      : ctx_(context), stringInitializers_(stringInitializers), stringModifiers_(stringModifiers) {}

  // Called when a function body is entered: remembers which local
  // UNICODE_STRINGs the body initialises from a literal, and with which.
  void enterBody(const clang::Stmt *body);

  ArgFact describe(const clang::Expr *argument) const;
  // Identity of an lvalue ("g:gHandle", "f:_EXT.Lower"), or empty.
  std::string storageOf(const clang::Expr *lvalue) const;
  std::string spelling(const clang::Expr *expr) const;

private:
  std::string valueOf(const clang::Expr *expr) const;
  std::string textOf(const clang::Expr *expr) const;
  std::string textOfVariable(const clang::VarDecl *var) const;

  clang::ASTContext &ctx_;
  const std::set<std::string> &stringInitializers_;
  const std::set<std::string> &stringModifiers_;
  // Literal each variable is initialised from in the current body; empty
  // when it is initialised from two different ones.
  std::map<const clang::VarDecl *, std::string> initialisedStrings_;
};

// The characters of a string literal, wide or narrow (non-ASCII as '?').
std::string literalText(const clang::StringLiteral *literal);

// A record's tag, or the typedef name of an anonymous one
// (`typedef struct { ... } X;`), or "<anonymous>".
std::string recordName(const clang::RecordDecl *record);

} // namespace unloadcheck
