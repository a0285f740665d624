#include "frontend/CfgSummary.h"

#include "frontend/AnnotationCapture.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/CFG.h"
#include "clang/Lex/Lexer.h"

#include <set>

namespace unloadcheck {

namespace {

using namespace clang;

// Variables whose address is taken: anything may change them, so their
// values are not followed.
class AddressTaken : public RecursiveASTVisitor<AddressTaken> {
public:
  bool VisitUnaryOperator(UnaryOperator *op) {
    if (op->getOpcode() == UO_AddrOf)
      if (const auto *ref = dyn_cast<DeclRefExpr>(op->getSubExpr()->IgnoreParenImpCasts()))
        if (const auto *var = dyn_cast<VarDecl>(ref->getDecl()))
          variables.insert(var);
    return true;
  }
  std::set<const VarDecl *> variables;
};

// Reads of a variable whose value is copied elsewhere: assigned, used to
// initialise another variable or a structure, returned.
class Copies : public RecursiveASTVisitor<Copies> {
public:
  bool VisitBinaryOperator(BinaryOperator *op) {
    if (op->getOpcode() == BO_Assign)
      note(op->getRHS());
    return true;
  }
  bool VisitVarDecl(VarDecl *var) {
    if (var->getInit())
      note(var->getInit());
    return true;
  }
  bool VisitInitListExpr(InitListExpr *list) {
    for (const Expr *init : list->inits())
      note(init);
    return true;
  }
  bool VisitReturnStmt(ReturnStmt *ret) {
    if (ret->getRetValue())
      note(ret->getRetValue());
    return true;
  }
  bool VisitCompoundStmt(CompoundStmt *compound) {
    for (const Stmt *statement : compound->body())
      if (const auto *expr = dyn_cast<Expr>(statement))
        if (const auto *ref = dyn_cast<DeclRefExpr>(expr->IgnoreParenCasts()))
          unused.insert(ref);
    return true;
  }
  std::set<const DeclRefExpr *> reads;
  std::set<const DeclRefExpr *> unused; // read by a statement that does nothing with it

private:
  void note(const Expr *expr) {
    if (const auto *ref = dyn_cast<DeclRefExpr>(expr->IgnoreParenCasts()))
      reads.insert(ref);
  }
};

class Summariser {
public:
  Summariser(const FunctionDecl &function, ASTContext &context, const std::map<const CallExpr *, unsigned> &callIndex)
      : function_(function), ctx_(context), sm_(context.getSourceManager()), callIndex_(callIndex) {}

  FunctionCfg run();

private:
  std::string spelling(const Expr *expr) const {
    CharSourceRange range = CharSourceRange::getTokenRange(expr->getSourceRange());
    return Lexer::getSourceText(sm_.getExpansionRange(range), sm_, ctx_.getLangOpts()).str();
  }

  // Locals, parameters and globals whose address this function never takes.
  const VarDecl *followedVariable(const Expr *expr) const {
    const auto *ref = dyn_cast<DeclRefExpr>(expr->IgnoreParenImpCasts());
    const auto *var = ref ? dyn_cast<VarDecl>(ref->getDecl()) : nullptr;
    if (!var || addressTaken_.count(var) || var->getType().isVolatileQualified())
      return nullptr;
    if (!var->hasLocalStorage() && !var->hasGlobalStorage())
      return nullptr;
    return var;
  }

  // "name@line" for a function's own variables, "g:name" for a global.
  std::string variableKey(const VarDecl *var) const {
    if (var->hasGlobalStorage() && !var->isStaticLocal())
      return "g:" + var->getNameAsString();
    return var->getNameAsString() + "@" + std::to_string(sm_.getExpansionLineNumber(var->getLocation()));
  }

  // `Irp->IoStatus.Status`: the parameter and the field path, or -1.
  int fieldThroughParameter(const Expr *expr, std::string &path) const {
    expr = expr->IgnoreParenImpCasts();
    std::vector<std::string> fields;
    while (const auto *member = dyn_cast<MemberExpr>(expr)) {
      // Members of anonymous unions read as members of the enclosing record.
      if (!member->getMemberDecl()->getName().empty())
        fields.push_back(member->getMemberDecl()->getNameAsString());
      expr = member->getBase()->IgnoreParenImpCasts();
    }
    if (fields.empty())
      return -1;
    const auto *ref = dyn_cast<DeclRefExpr>(expr);
    const auto *param = ref ? dyn_cast<ParmVarDecl>(ref->getDecl()) : nullptr;
    if (!param)
      return -1;
    path.clear();
    for (auto field = fields.rbegin(); field != fields.rend(); ++field)
      path += (path.empty() ? "" : ".") + *field;
    return static_cast<int>(param->getFunctionScopeIndex());
  }

  bool integerConstant(const Expr *expr, long long &value) const {
    Expr::EvalResult result;
    if (expr->isValueDependent() || !expr->getType()->isIntegerType() || !expr->EvaluateAsInt(result, ctx_))
      return false;
    value = result.Val.getInt().getExtValue();
    return true;
  }

  // An integer constant, or NULL as 0.
  bool constantOrNull(const Expr *expr, long long &value) const {
    if (!expr->isValueDependent() && expr->isNullPointerConstant(ctx_, Expr::NPC_ValueDependentIsNotNull)) {
      value = 0;
      return true;
    }
    return integerConstant(expr, value);
  }

  // The condition a two-way block branches on, with the blocks it goes to
  // when the condition holds and when it does not (-1: nowhere reachable).
  static const Expr *twoWayBranch(const CFGBlock &block, int &whenTrue, int &whenFalse) {
    const auto *condition = dyn_cast_or_null<Expr>(const_cast<CFGBlock &>(block).getTerminatorCondition());
    if (!condition || block.succ_size() != 2)
      return nullptr;
    auto target = [](const CFGBlock::AdjacentBlock &successor) {
      const CFGBlock *next = successor.getReachableBlock();
      return next ? static_cast<int>(next->getBlockID()) : -1;
    };
    whenTrue = target(*block.succ_begin());
    whenFalse = target(*(block.succ_begin() + 1));
    return condition;
  }

  ValueFact valueOf(const Expr *expr) const {
    ValueFact value;
    value.kind = ValueFact::Kind::Unknown;
    if (!expr)
      return value;
    const Expr *bare = expr->IgnoreParenCasts();
    // `a = b = c` stores c in both.
    while (const auto *assign = dyn_cast<BinaryOperator>(bare)) {
      if (assign->getOpcode() != BO_Assign)
        break;
      expr = assign->getRHS();
      bare = expr->IgnoreParenCasts();
    }
    value.spelling = spelling(expr);
    if (integerConstant(bare, value.constant)) {
      value.kind = ValueFact::Kind::Constant;
    } else if (const VarDecl *var = followedVariable(bare)) {
      value.kind = ValueFact::Kind::Variable;
      value.variable = variableKey(var);
    } else if (const auto *call = dyn_cast<CallExpr>(bare); call && callIndex_.count(call)) {
      value.kind = ValueFact::Kind::CallResult;
      value.call = callIndex_.at(call);
    } else if (int param = fieldThroughParameter(bare, value.field); param >= 0) {
      value.kind = ValueFact::Kind::ParamField;
      value.param = param;
    }
    return value;
  }

  void noteArguments(const CFG &cfg) {
    for (const CFGBlock *block : cfg)
      for (const CFGElement &element : *block)
        if (std::optional<CFGStmt> statement = element.getAs<CFGStmt>())
          if (const auto *call = dyn_cast<CallExpr>(statement->getStmt()))
            if (auto index = callIndex_.find(call); index != callIndex_.end())
              for (unsigned i = 0; i < call->getNumArgs(); ++i)
                if (const auto *ref = dyn_cast<DeclRefExpr>(call->getArg(i)->IgnoreParenCasts()))
                  argumentOf_[ref] = {index->second, i};
  }

  void addEvents(const Stmt *stmt, CfgBlock &out) {
    if (const auto *call = dyn_cast<CallExpr>(stmt)) {
      if (auto found = callIndex_.find(call); found != callIndex_.end()) {
        CfgEvent event;
        event.kind = CfgEvent::Kind::Call;
        event.call = found->second;
        out.events.push_back(event);
      }
    } else if (const auto *ret = dyn_cast<ReturnStmt>(stmt)) {
      CfgEvent event;
      event.kind = CfgEvent::Kind::Return;
      event.pos = toSourcePos(sm_, ret->getBeginLoc());
      if (ret->getRetValue())
        event.value = valueOf(ret->getRetValue());
      out.events.push_back(event);
    } else if (const auto *ref = dyn_cast<DeclRefExpr>(stmt)) {
      if (const auto *param = dyn_cast<ParmVarDecl>(ref->getDecl())) {
        CfgEvent event;
        event.kind = CfgEvent::Kind::ParamUse;
        event.param = static_cast<int>(param->getFunctionScopeIndex());
        event.pos = toSourcePos(sm_, ref->getBeginLoc());
        event.copied = copies_.count(ref) != 0;
        event.unused = unused_.count(ref) != 0;
        if (auto call = argumentOf_.find(ref); call != argumentOf_.end()) {
          event.argumentOf = call->second.first;
          event.argumentIndex = call->second.second;
        }
        out.events.push_back(event);
      }
    } else if (const auto *op = dyn_cast<BinaryOperator>(stmt); op && op->isAssignmentOp()) {
      CfgEvent event;
      event.pos = toSourcePos(sm_, op->getBeginLoc());
      if (op->getOpcode() == BO_Assign)
        event.value = valueOf(op->getRHS());
      else
        event.value.kind = ValueFact::Kind::Unknown; // `x += 1`: not followed
      if (const VarDecl *var = followedVariable(op->getLHS())) {
        event.kind = CfgEvent::Kind::Assign;
        event.variable = variableKey(var);
        out.events.push_back(event);
      } else if (int param = fieldThroughParameter(op->getLHS(), event.field); param >= 0) {
        event.kind = CfgEvent::Kind::Store;
        event.param = param;
        out.events.push_back(event);
      }
    } else if (const auto *decl = dyn_cast<DeclStmt>(stmt)) {
      for (const Decl *each : decl->decls())
        if (const auto *var = dyn_cast<VarDecl>(each); var && var->hasLocalStorage() && var->getInit() &&
                                                       !addressTaken_.count(var)) {
          CfgEvent event;
          event.kind = CfgEvent::Kind::Assign;
          event.pos = toSourcePos(sm_, var->getLocation());
          event.variable = variableKey(var);
          event.value = valueOf(var->getInit());
          out.events.push_back(event);
        }
    }
  }

  // `Flags & MASK`, `FlagOn(Flags, MASK)`, `!(...)`, `(...) == 0`, `(...) != 0`.
  bool bitTest(const Expr *condition, int &param, long long &mask, bool &inverted) const {
    condition = condition->IgnoreParenCasts();
    if (const auto *unary = dyn_cast<UnaryOperator>(condition); unary && unary->getOpcode() == UO_LNot) {
      inverted = !inverted;
      return bitTest(unary->getSubExpr(), param, mask, inverted);
    }
    const auto *binary = dyn_cast<BinaryOperator>(condition);
    if (!binary)
      return false;
    long long value = 0;
    if (binary->getOpcode() == BO_EQ || binary->getOpcode() == BO_NE) {
      const Expr *other = nullptr;
      if (integerConstant(binary->getRHS(), value) && value == 0)
        other = binary->getLHS();
      else if (integerConstant(binary->getLHS(), value) && value == 0)
        other = binary->getRHS();
      if (!other)
        return false;
      if (binary->getOpcode() == BO_EQ)
        inverted = !inverted;
      return bitTest(other, param, mask, inverted);
    }
    if (binary->getOpcode() != BO_And)
      return false;
    const Expr *operand = nullptr;
    if (integerConstant(binary->getRHS(), value))
      operand = binary->getLHS();
    else if (integerConstant(binary->getLHS(), value))
      operand = binary->getRHS();
    const auto *ref = operand ? dyn_cast<DeclRefExpr>(operand->IgnoreParenCasts()) : nullptr;
    const auto *parameter = ref ? dyn_cast<ParmVarDecl>(ref->getDecl()) : nullptr;
    if (!parameter)
      return false;
    param = static_cast<int>(parameter->getFunctionScopeIndex());
    mask = value;
    return true;
  }

  // `x OP constant` after `!`, casts and parentheses; a bare `x` is `x != 0`.
  bool valueTest(const Expr *condition, ValueTestFact &test, bool &inverted) const {
    condition = condition->IgnoreParenCasts();
    if (const auto *unary = dyn_cast<UnaryOperator>(condition); unary && unary->getOpcode() == UO_LNot) {
      inverted = !inverted;
      return valueTest(unary->getSubExpr(), test, inverted);
    }
    long long constant = 0;
    if (const auto *binary = dyn_cast<BinaryOperator>(condition); binary && binary->isComparisonOp()) {
      BinaryOperatorKind op = binary->getOpcode();
      const Expr *subject = nullptr;
      if (constantOrNull(binary->getRHS(), constant)) {
        subject = binary->getLHS();
      } else if (constantOrNull(binary->getLHS(), constant)) {
        subject = binary->getRHS();
        op = BinaryOperator::reverseComparisonOp(op);
      }
      long long both = 0;
      if (!subject || constantOrNull(subject, both))
        return false; // two constants: nothing to learn
      switch (op) {
      case BO_GE: test.op = ValueTestFact::Op::Ge; break;
      case BO_GT: test.op = ValueTestFact::Op::Ge; ++constant; break;
      case BO_LT: test.op = ValueTestFact::Op::Lt; break;
      case BO_LE: test.op = ValueTestFact::Op::Lt; ++constant; break;
      case BO_EQ: test.op = ValueTestFact::Op::Eq; break;
      case BO_NE: test.op = ValueTestFact::Op::Ne; break;
      default: return false;
      }
      test.constant = constant;
      test.value = valueOf(subject);
      test.spelling = spelling(subject->IgnoreParenCasts());
      return true;
    }
    if (isa<BinaryOperator>(condition) || constantOrNull(condition, constant))
      return false; // `a && b` is split by the CFG; `a + b` is not a test
    test.op = ValueTestFact::Op::Ne;
    test.constant = 0;
    test.value = valueOf(condition);
    test.spelling = spelling(condition);
    return true;
  }

  void noteValueTest(const CFGBlock &block, CfgBlock &out) const {
    int whenTrue = -1, whenFalse = -1;
    const Expr *condition = twoWayBranch(block, whenTrue, whenFalse);
    ValueTestFact test;
    bool inverted = false;
    if (!condition || out.bitTest || !valueTest(condition, test, inverted))
      return;
    test.whenTrue = inverted ? whenFalse : whenTrue;
    test.whenFalse = inverted ? whenTrue : whenFalse;
    test.pos = toSourcePos(sm_, condition->getBeginLoc());
    out.valueTest = test;
  }

  void noteBitTest(const CFGBlock &block, CfgBlock &out) const {
    int whenTrue = -1, whenFalse = -1;
    const Expr *condition = twoWayBranch(block, whenTrue, whenFalse);
    BitTestFact test;
    bool inverted = false;
    if (!condition || !bitTest(condition, test.param, test.mask, inverted))
      return;
    test.whenSet = inverted ? whenFalse : whenTrue;
    test.whenClear = inverted ? whenTrue : whenFalse;
    out.bitTest = test;
  }

  const FunctionDecl &function_;
  ASTContext &ctx_;
  const SourceManager &sm_;
  const std::map<const CallExpr *, unsigned> &callIndex_;
  std::set<const VarDecl *> addressTaken_;
  std::set<const DeclRefExpr *> copies_;
  std::set<const DeclRefExpr *> unused_;
  std::map<const DeclRefExpr *, std::pair<unsigned, unsigned>> argumentOf_; // call, argument
};

FunctionCfg Summariser::run() {
  FunctionCfg summary;
  Stmt *body = function_.getBody();
  if (!body)
    return summary;
  CFG::BuildOptions options;
  // Every expression, not only calls: reads of parameters and
  // assignments are events too.
  options.setAllAlwaysAdd();
  std::unique_ptr<CFG> cfg = CFG::buildCFG(&function_, body, &ctx_, options);
  if (!cfg)
    return summary;
  AddressTaken taken;
  taken.TraverseStmt(body);
  addressTaken_ = std::move(taken.variables);
  Copies copies;
  copies.TraverseStmt(body);
  copies_ = std::move(copies.reads);
  unused_ = std::move(copies.unused);
  noteArguments(*cfg);

  summary.blocks.resize(cfg->getNumBlockIDs());
  summary.entry = cfg->getEntry().getBlockID();
  summary.exit = cfg->getExit().getBlockID();
  summary.end = toSourcePos(sm_, body->getEndLoc());
  for (const CFGBlock *block : *cfg) {
    CfgBlock &out = summary.blocks[block->getBlockID()];
    for (const CFGElement &element : *block)
      if (std::optional<CFGStmt> statement = element.getAs<CFGStmt>())
        addEvents(statement->getStmt(), out);
    for (const CFGBlock::AdjacentBlock &successor : block->succs())
      if (const CFGBlock *next = successor.getReachableBlock())
        out.successors.push_back(next->getBlockID());
    noteBitTest(*block, out);
    noteValueTest(*block, out);
  }
  return summary;
}

} // namespace

FunctionCfg summariseCfg(const FunctionDecl &function, ASTContext &context,
                         const std::map<const CallExpr *, unsigned> &callIndex) {
  return Summariser(function, context, callIndex).run();
}

} // namespace unloadcheck
