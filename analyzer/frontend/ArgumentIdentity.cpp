#include "frontend/ArgumentIdentity.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace unloadcheck {

namespace {

using namespace clang;

bool startsWith(const std::string &text, const char *prefix) {
  return text.rfind(prefix, 0) == 0;
}

const FunctionDecl *functionReferenced(const Expr *expr) {
  expr = expr->IgnoreParenCasts();
  if (const auto *addressOf = dyn_cast<UnaryOperator>(expr))
    if (addressOf->getOpcode() == UO_AddrOf)
      expr = addressOf->getSubExpr()->IgnoreParenCasts();
  if (const auto *ref = dyn_cast<DeclRefExpr>(expr))
    return dyn_cast<FunctionDecl>(ref->getDecl());
  return nullptr;
}

const VarDecl *addressedVariable(const Expr *expr) {
  const auto *addressOf = dyn_cast<UnaryOperator>(expr->IgnoreParenCasts());
  if (!addressOf || addressOf->getOpcode() != UO_AddrOf)
    return nullptr;
  const auto *ref = dyn_cast<DeclRefExpr>(addressOf->getSubExpr()->IgnoreParenCasts());
  return ref ? dyn_cast<VarDecl>(ref->getDecl()) : nullptr;
}

class StringInitScan : public RecursiveASTVisitor<StringInitScan> {
public:
  StringInitScan(const std::set<std::string> &initializers, const std::set<std::string> &modifiers,
                 std::map<const VarDecl *, std::string> &found)
      : initializers_(initializers), modifiers_(modifiers), found_(found) {}

  bool VisitCallExpr(CallExpr *call) {
    const FunctionDecl *callee = call->getDirectCallee();
    if (callee && modifiers_.count(callee->getNameAsString())) {
      // Holds something else now: no literal is its text.
      for (const Expr *argument : call->arguments())
        if (const VarDecl *var = addressedVariable(argument))
          found_[var].clear();
      return true;
    }
    if (!callee || call->getNumArgs() < 2 || !initializers_.count(callee->getNameAsString()))
      return true;
    const VarDecl *var = addressedVariable(call->getArg(0));
    const auto *literal = dyn_cast<StringLiteral>(call->getArg(1)->IgnoreParenCasts());
    if (!var)
      return true;
    std::string text = literal ? literalText(literal) : std::string();
    auto [entry, inserted] = found_.emplace(var, text);
    if (!inserted && entry->second != text)
      entry->second.clear();
    return true;
  }

private:
  const std::set<std::string> &initializers_;
  const std::set<std::string> &modifiers_;
  std::map<const VarDecl *, std::string> &found_;
};

} // namespace

std::string recordName(const RecordDecl *record) {
  if (!record->getName().empty())
    return record->getNameAsString();
  if (const TypedefNameDecl *name = record->getTypedefNameForAnonDecl())
    return name->getNameAsString();
  return "<anonymous>";
}

std::string literalText(const StringLiteral *literal) {
  std::string text;
  for (unsigned i = 0; i < literal->getLength(); ++i) {
    uint32_t unit = literal->getCodeUnit(i);
    text += unit < 0x80 ? static_cast<char>(unit) : '?';
  }
  return text;
}

void ArgumentIdentity::enterBody(const Stmt *body) {
  initialisedStrings_.clear();
  if (body)
    StringInitScan(stringInitializers_, stringModifiers_, initialisedStrings_).TraverseStmt(const_cast<Stmt *>(body));
}

std::string ArgumentIdentity::spelling(const Expr *expr) const {
  const SourceManager &sm = ctx_.getSourceManager();
  // Only text the reader wrote: an argument made up inside a macro's body
  // (IoRequestDpc's `&DeviceObject->Dpc`) has no spelling of its own.
  CharSourceRange range = Lexer::makeFileCharRange(CharSourceRange::getTokenRange(expr->getSourceRange()), sm,
                                                   ctx_.getLangOpts());
  if (range.isInvalid())
    return "";
  return Lexer::getSourceText(range, sm, ctx_.getLangOpts()).str();
}

std::string ArgumentIdentity::storageOf(const Expr *lvalue) const {
  const Expr *expr = lvalue->IgnoreParenCasts();
  if (const auto *ref = dyn_cast<DeclRefExpr>(expr)) {
    const auto *var = dyn_cast<VarDecl>(ref->getDecl());
    // A function's static variable lives for good but only that function can
    // release it: no identity another routine could match.
    return var && var->hasGlobalStorage() && !var->isStaticLocal() ? "g:" + var->getNameAsString() : "";
  }
  if (const auto *member = dyn_cast<MemberExpr>(expr)) {
    const auto *field = dyn_cast<FieldDecl>(member->getMemberDecl());
    if (!field)
      return "";
    const std::string base = storageOf(member->getBase());
    const std::string name = field->getNameAsString();
    if (member->isArrow()) {
      // Through a global pointer the storage is known; through anything else
      // it is "this field of every such record".
      if (startsWith(base, "g:"))
        return base + "->" + name;
      return "f:" + recordName(field->getParent()) + "." + name;
    }
    if (!base.empty())
      return base + "." + name;
    return "f:" + recordName(field->getParent()) + "." + name;
  }
  if (const auto *subscript = dyn_cast<ArraySubscriptExpr>(expr)) {
    const std::string base = storageOf(subscript->getBase());
    return base.empty() ? "" : base + "[]";
  }
  return "";
}

std::string ArgumentIdentity::valueOf(const Expr *expr) const {
  if (const FunctionDecl *fn = functionReferenced(expr))
    return "r:" + fn->getNameAsString();
  const Expr *stripped = expr->IgnoreParenCasts();
  if (const auto *addressOf = dyn_cast<UnaryOperator>(stripped)) {
    if (addressOf->getOpcode() != UO_AddrOf)
      return "";
    const std::string storage = storageOf(addressOf->getSubExpr());
    return storage.empty() ? "" : "&" + storage;
  }
  // An array decays to its address.
  if (stripped->getType()->isArrayType()) {
    const std::string storage = storageOf(stripped);
    return storage.empty() ? "" : "&" + storage;
  }
  return storageOf(stripped);
}

std::string ArgumentIdentity::textOfVariable(const VarDecl *var) const {
  auto found = initialisedStrings_.find(var);
  if (found != initialisedStrings_.end())
    return found->second;
  const Expr *init = var->getInit();
  if (!init)
    return "";
  init = init->IgnoreParenCasts();
  if (const auto *literal = dyn_cast<StringLiteral>(init))
    return literalText(literal);
  // RTL_CONSTANT_STRING(L"..."), or DECLARE_CONST_UNICODE_STRING's buffer.
  if (const auto *list = dyn_cast<InitListExpr>(init))
    for (const Expr *element : list->inits()) {
      element = element->IgnoreParenCasts();
      if (const auto *literal = dyn_cast<StringLiteral>(element))
        return literalText(literal);
      if (const auto *ref = dyn_cast<DeclRefExpr>(element))
        if (const auto *buffer = dyn_cast<VarDecl>(ref->getDecl()))
          if (buffer->getInit())
            if (const auto *literal = dyn_cast<StringLiteral>(buffer->getInit()->IgnoreParenCasts()))
              return literalText(literal);
    }
  return "";
}

std::string ArgumentIdentity::textOf(const Expr *expr) const {
  const Expr *stripped = expr->IgnoreParenCasts();
  if (const auto *literal = dyn_cast<StringLiteral>(stripped))
    return literalText(literal);
  if (const VarDecl *var = addressedVariable(stripped))
    return textOfVariable(var);
  if (const auto *ref = dyn_cast<DeclRefExpr>(stripped))
    if (const auto *var = dyn_cast<VarDecl>(ref->getDecl()))
      if (var->getType()->isArrayType())
        return textOfVariable(var);
  return "";
}

ArgFact ArgumentIdentity::describe(const Expr *argument) const {
  ArgFact fact;
  const Expr *stripped = argument->IgnoreParenCasts();
  // `(PVOID)SampOnThread` is named SampOnThread.
  fact.spelling = spelling(stripped);
  if (argument->isNullPointerConstant(ctx_, Expr::NPC_ValueDependentIsNotNull)) {
    fact.constant = 0;
  } else if (!stripped->isValueDependent() && stripped->getType()->isIntegerType()) {
    Expr::EvalResult result;
    if (stripped->EvaluateAsInt(result, ctx_))
      fact.constant = result.Val.getInt().getExtValue();
  }
  fact.value = valueOf(argument);
  if (const auto *addressOf = dyn_cast<UnaryOperator>(stripped))
    if (addressOf->getOpcode() == UO_AddrOf) {
      fact.pointee = storageOf(addressOf->getSubExpr());
      fact.pointeeSpelling = spelling(addressOf->getSubExpr());
    }
  fact.text = textOf(argument);
  return fact;
}

} // namespace unloadcheck
