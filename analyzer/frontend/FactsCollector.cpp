#include "frontend/FactsCollector.h"

#include "frontend/ArgumentIdentity.h"
#include "frontend/CfgSummary.h"
#include "knowledge/KnowledgeBase.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"

#include <algorithm>
#include <map>
#include <set>

namespace unloadcheck {

namespace {

using namespace clang;

struct Interval {
  unsigned begin = 0, end = 0;
};

// The extent of every file-level declaration, per file: an annotation
// belongs to the function declaration it precedes, after the end of the one
// before it.
class DeclExtents {
public:
  void add(const SourceManager &sm, const Decl *decl) {
    SourceLocation begin = sm.getExpansionLoc(decl->getBeginLoc());
    SourceLocation end = sm.getExpansionLoc(decl->getEndLoc());
    if (begin.isInvalid() || end.isInvalid())
      return;
    auto [file, beginOffset] = sm.getDecomposedLoc(begin);
    auto [endFile, endOffset] = sm.getDecomposedLoc(end);
    if (file != endFile)
      return;
    extents_[file].push_back({beginOffset, endOffset});
  }
  void finish() {
    for (auto &[file, list] : extents_)
      std::sort(list.begin(), list.end(),
                [](const Interval &a, const Interval &b) { return a.begin < b.begin; });
  }
  // End offset of the last declaration that ends before `offset`.
  unsigned previousEnd(FileID file, unsigned offset) const {
    auto found = extents_.find(file);
    if (found == extents_.end())
      return 0;
    unsigned best = 0;
    for (const Interval &interval : found->second) {
      if (interval.begin >= offset)
        break;
      if (interval.end < offset)
        best = std::max(best, interval.end + 1);
    }
    return best;
  }

private:
  std::map<FileID, std::vector<Interval>> extents_;
};

bool isFileLevel(const DeclContext *context) {
  return context->isTranslationUnit() || context->isExternCContext() ||
         context->isExternCXXContext() || context->isNamespace() ||
         isa<LinkageSpecDecl>(context);
}

class Collector : public RecursiveASTVisitor<Collector> {
public:
  Collector(ASTContext &context, const KnowledgeBase &kb, TuFacts &facts,
            const std::vector<CapturedAnnotation> &annotations,
            const std::vector<ErrorLocation> &errors, const std::vector<SourceRegion> &debugRegions)
      : ctx_(context), sm_(context.getSourceManager()), kb_(kb), facts_(facts),
        annotations_(annotations), errors_(errors), debugRegions_(debugRegions),
        identity_(context, kb.stringInitializers(), kb.stringModifiers()) {}

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool VisitDecl(Decl *decl) {
    if (decl->getDeclContext() && isFileLevel(decl->getDeclContext()) && !decl->isImplicit())
      extents_.add(sm_, decl);
    return true;
  }

  // C's implicit declarations count too: a call to an undeclared function
  // is driver code whose body the analysis cannot see.
  bool VisitFunctionDecl(FunctionDecl *fn) {
    if (!sm_.isInSystemHeader(sm_.getExpansionLoc(fn->getLocation())))
      noteFunction(fn);
    return true;
  }

  bool TraverseFunctionDecl(FunctionDecl *fn) {
    // The bodies of inline DDIs in system headers are not driver code: no
    // facts about them are kept (their routines have no body in the model).
    if (fn->doesThisDeclarationHaveABody() && inSystemHeader(fn))
      return true;
    FunctionDecl *saved = current_;
    if (fn->doesThisDeclarationHaveABody()) {
      current_ = fn;
      identity_.enterBody(fn->getBody());
    }
    bool result = RecursiveASTVisitor::TraverseFunctionDecl(fn);
    // Only a body without errors has a CFG worth following.
    if (fn->doesThisDeclarationHaveABody() && !fn->isInvalidDecl() && !fn->isDependentContext())
      cfgs_[fn->getCanonicalDecl()] = summariseCfg(*fn, ctx_, callIndex_);
    current_ = saved;
    return result;
  }

  bool VisitCallExpr(CallExpr *call) {
    if (!current_)
      return true;
    CallFact fact;
    fact.pos = toSourcePos(sm_, call->getBeginLoc());
    if (const FunctionDecl *callee = call->getDirectCallee()) {
      fact.callee = callee->getNameAsString();
      noteFunction(callee);
      if (const auto *ref = dyn_cast<DeclRefExpr>(call->getCallee()->IgnoreParenImpCasts()))
        calleeRefs_.insert(ref);
    } else {
      indirectCallers_.insert(current_->getCanonicalDecl());
    }
    for (const Expr *argument : call->arguments())
      fact.args.push_back(identity_.describe(argument));
    fact.resultUsed = !discarded_.count(call);
    fact.inDebugBlock = std::any_of(debugRegions_.begin(), debugRegions_.end(), [&](const SourceRegion &region) {
      return region.contains(sm_, call->getBeginLoc());
    });
    callIndex_[call] = static_cast<unsigned>(calls_[current_->getCanonicalDecl()].size());
    auto target = resultTargets_.find(call);
    if (target != resultTargets_.end()) {
      fact.resultStoredTo = identity_.storageOf(target->second);
      fact.resultSpelling = identity_.spelling(target->second);
    }
    calls_[current_->getCanonicalDecl()].push_back(std::move(fact));
    return true;
  }

  // Statements whose value nobody reads: a call there discards its result.
  bool VisitCompoundStmt(CompoundStmt *compound) {
    for (const Stmt *statement : compound->body())
      noteStatement(statement);
    return true;
  }
  bool VisitIfStmt(IfStmt *ifStmt) {
    noteStatement(ifStmt->getThen());
    noteStatement(ifStmt->getElse());
    return true;
  }
  bool VisitWhileStmt(WhileStmt *loop) {
    noteStatement(loop->getBody());
    return true;
  }
  bool VisitDoStmt(DoStmt *loop) {
    noteStatement(loop->getBody());
    return true;
  }
  bool VisitForStmt(ForStmt *loop) {
    noteStatement(loop->getBody());
    noteStatement(loop->getInc());
    return true;
  }
  bool VisitSwitchCase(SwitchCase *label) {
    noteStatement(label->getSubStmt());
    return true;
  }
  bool VisitLabelStmt(LabelStmt *label) {
    noteStatement(label->getSubStmt());
    return true;
  }

  bool VisitReturnStmt(ReturnStmt *) {
    if (current_)
      returns_[current_->getCanonicalDecl()].push_back(calls_[current_->getCanonicalDecl()].size());
    return true;
  }

  // Visited after the CallExpr it may be the callee of (pre-order).
  bool VisitDeclRefExpr(DeclRefExpr *ref) {
    if (const auto *fn = dyn_cast<FunctionDecl>(ref->getDecl()))
      if (!calleeRefs_.count(ref) && !inSystemHeader(fn) &&
          referenced_.insert(fn->getCanonicalDecl()).second)
        facts_.referencedRoutines.push_back(fn->getNameAsString());
    return true;
  }

  bool VisitVarDecl(VarDecl *var) {
    if (const Expr *init = var->getInit())
      if (const auto *list = dyn_cast<InitListExpr>(init->IgnoreImplicit())) {
        std::string holder;
        if (var->hasGlobalStorage() && !var->isStaticLocal())
          holder = "g:" + var->getNameAsString();
        noteRegistrationInitializer(list, holder, var->getLocation());
      }
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *op) {
    if (op->getOpcode() == BO_Assign) {
      noteStore(op);
      noteRegistrationAssignment(op);
      // `gItem = IoAllocateWorkItem(...)`: the call is visited next.
      if (const auto *call = dyn_cast<CallExpr>(op->getRHS()->IgnoreParenCasts()))
        resultTargets_[call] = op->getLHS();
    }
    return true;
  }

  void finish() {
    extents_.finish();
    for (const FunctionDecl *canonical : order_)
      facts_.functions.push_back(describe(canonical));
  }

private:
  // Pre-order: a statement is seen before the call it may be.
  void noteStatement(const Stmt *statement) {
    const auto *expr = dyn_cast_or_null<Expr>(statement);
    if (!expr)
      return;
    expr = expr->IgnoreParenImpCasts();
    while (const auto *cast = dyn_cast<ExplicitCastExpr>(expr)) {
      if (!cast->getType()->isVoidType())
        break;
      expr = cast->getSubExpr()->IgnoreParenImpCasts();
    }
    if (const auto *call = dyn_cast<CallExpr>(expr))
      discarded_.insert(call);
  }

  void noteFunction(const FunctionDecl *fn) {
    const FunctionDecl *canonical = fn->getCanonicalDecl();
    if (seen_.insert(canonical).second)
      order_.push_back(canonical);
  }

  bool inSystemHeader(const Decl *decl) const {
    SourceLocation loc = decl->getLocation();
    return loc.isInvalid() || sm_.isInSystemHeader(sm_.getExpansionLoc(loc));
  }

  std::vector<std::string> typedefChain(const FunctionDecl *fn) const {
    std::vector<std::string> chain;
    const TypeSourceInfo *info = fn->getTypeSourceInfo();
    if (!info)
      return chain;
    QualType type = info->getType();
    while (const TypedefType *typedefType = type->getAs<TypedefType>()) {
      chain.push_back(typedefType->getDecl()->getNameAsString());
      type = typedefType->desugar();
    }
    return chain;
  }

  std::vector<Annotation> annotationsOf(const FunctionDecl *fn) const {
    std::vector<Annotation> found;
    SourceLocation begin = sm_.getExpansionLoc(fn->getBeginLoc());
    SourceLocation name = sm_.getExpansionLoc(fn->getLocation());
    if (begin.isInvalid() || name.isInvalid())
      return found;
    auto [file, beginOffset] = sm_.getDecomposedLoc(begin);
    auto [nameFile, nameOffset] = sm_.getDecomposedLoc(name);
    if (file != nameFile)
      return found;
    unsigned from = extents_.previousEnd(file, beginOffset);
    for (const CapturedAnnotation &captured : annotations_)
      if (captured.file == file && captured.offset >= from && captured.offset < nameOffset)
        found.push_back(captured.annotation);
    return found;
  }

  // Where the first annotation before `fn`'s name is, if any comes before
  // `offset` (the declaration's start) in `file`.
  unsigned firstAnnotationOffset(const FunctionDecl *fn, FileID file, unsigned offset) const {
    SourceLocation name = sm_.getExpansionLoc(fn->getLocation());
    auto [nameFile, nameOffset] = sm_.getDecomposedLoc(name);
    if (nameFile != file)
      return offset;
    unsigned from = extents_.previousEnd(file, offset);
    for (const CapturedAnnotation &captured : annotations_)
      if (captured.file == file && captured.offset >= from && captured.offset < nameOffset)
        offset = std::min(offset, captured.offset);
    return offset;
  }

  // Lines inserted before a declaration must land where the declaration is
  // written, outside any construct that would change what they declare.
  std::optional<LineInsertion> lineInsertion(const FunctionDecl *decl) const {
    if (isa<CXXMethodDecl>(decl) || decl->getFriendObjectKind() != Decl::FOK_None ||
        decl->getTemplatedKind() != FunctionDecl::TK_NonTemplate)
      return std::nullopt;
    if (decl->getLocation().isMacroID())
      return std::nullopt; // a macro writes the name
    // `extern "C" NTSTATUS DriverEntry(...)`: the declaration starts at `extern`.
    SourceLocation begin = decl->getBeginLoc();
    const auto *linkage = dyn_cast<LinkageSpecDecl>(decl->getLexicalDeclContext());
    if (linkage && !linkage->hasBraces())
      begin = linkage->getBeginLoc();
    if (begin.isInvalid() ||
        (begin.isMacroID() && !Lexer::isAtStartOfMacroExpansion(begin, sm_, ctx_.getLangOpts())))
      return std::nullopt;
    auto [file, offset] = sm_.getDecomposedLoc(sm_.getExpansionLoc(begin));
    if (sm_.getDecomposedLoc(decl->getLocation()).first != file)
      return std::nullopt;
    offset = firstAnnotationOffset(decl, file, offset);

    bool invalid = false;
    llvm::StringRef buffer = sm_.getBufferData(file, &invalid);
    if (invalid || offset > buffer.size())
      return std::nullopt;
    unsigned lineStart = offset;
    while (lineStart > 0 && buffer[lineStart - 1] != '\n' && buffer[lineStart - 1] != '\r')
      --lineStart;
    llvm::StringRef indent = buffer.slice(lineStart, offset);
    if (indent.find_first_not_of(" \t") != llvm::StringRef::npos)
      return std::nullopt; // something else comes first on the line

    LineInsertion insertion;
    insertion.pos = toSourcePos(sm_, sm_.getComposedLoc(file, lineStart));
    insertion.indent = indent.str();
    size_t end = buffer.find_first_of("\r\n", offset);
    insertion.newline = end != llvm::StringRef::npos && buffer.substr(end, 2) == "\r\n" ? "\r\n" : "\n";
    const bool isStatic =
        std::any_of(decl->redecls_begin(), decl->redecls_end(),
                    [](const FunctionDecl *redecl) { return redecl->getStorageClass() == SC_Static; });
    if (isStatic)
      insertion.specifiers = "static ";
    else if (ctx_.getLangOpts().CPlusPlus && decl->isExternC() && !insideExternCBlock(decl))
      insertion.specifiers = "extern \"C\" ";
    return insertion;
  }

  static bool insideExternCBlock(const Decl *decl) {
    for (const DeclContext *context = decl->getLexicalDeclContext(); context;
         context = context->getLexicalParent())
      if (const auto *linkage = dyn_cast<LinkageSpecDecl>(context))
        if (linkage->hasBraces() && linkage->getLanguage() == LinkageSpecLanguageIDs::C)
          return true;
    return false;
  }

  bool holdsError(const Decl *decl) const {
    if (decl->isInvalidDecl())
      return true;
    SourceLocation begin = sm_.getExpansionLoc(decl->getBeginLoc());
    SourceLocation end = sm_.getExpansionLoc(decl->getEndLoc());
    if (begin.isInvalid() || end.isInvalid())
      return false;
    auto [file, from] = sm_.getDecomposedLoc(begin);
    unsigned to = sm_.getDecomposedLoc(end).second;
    return std::any_of(errors_.begin(), errors_.end(), [&](const ErrorLocation &error) {
      return error.file == file && error.offset >= from && error.offset <= to;
    });
  }

  FunctionFact describe(const FunctionDecl *canonical) const {
    FunctionFact fact;
    fact.name = canonical->getNameAsString();
    fact.externalLinkage = canonical->getFormalLinkage() != Linkage::Internal;
    fact.systemHeaderOnly = canonical->getBuiltinID() ||
                            std::all_of(canonical->redecls_begin(), canonical->redecls_end(),
                                        [&](const FunctionDecl *decl) { return inSystemHeader(decl); });

    std::vector<const FunctionDecl *> decls(canonical->redecls_begin(), canonical->redecls_end());
    std::sort(decls.begin(), decls.end(), [&](const FunctionDecl *a, const FunctionDecl *b) {
      return sm_.isBeforeInTranslationUnit(a->getLocation(), b->getLocation());
    });
    for (const FunctionDecl *decl : decls) {
      if (holdsError(decl))
        fact.hasErrors = true;
      if (inSystemHeader(decl) || decl->isImplicit())
        continue;
      DeclFact declFact;
      declFact.pos = toSourcePos(sm_, decl->getBeginLoc());
      declFact.namePos = toSourcePos(sm_, decl->getLocation());
      declFact.insertion = lineInsertion(decl);
      declFact.isDefinition = decl->doesThisDeclarationHaveABody();
      declFact.typedefChain = typedefChain(decl);
      declFact.annotations = annotationsOf(decl);
      if (declFact.isDefinition)
        fact.hasBody = true;
      fact.decls.push_back(std::move(declFact));
    }
    auto calls = calls_.find(canonical);
    if (calls != calls_.end())
      fact.calls = calls->second;
    fact.hasIndirectCalls = indirectCallers_.count(canonical) != 0;
    if (auto returns = returns_.find(canonical); returns != returns_.end())
      fact.returnsAfterCalls = returns->second;
    if (auto cfg = cfgs_.find(canonical); cfg != cfgs_.end())
      fact.cfg = cfg->second;
    notePageable(canonical, fact);
    return fact;
  }

  void notePageable(const FunctionDecl *canonical, FunctionFact &fact) const {
    const IrqlKnowledge &irql = kb_.irql();
    for (const FunctionDecl *decl : canonical->redecls()) {
      if (const auto *section = decl->getAttr<SectionAttr>())
        if (irql.isPageableSection(section->getName().str())) {
          fact.pageable = true;
          fact.pageableBecause = "it is placed in section " + section->getName().str();
          return;
        }
      if (const auto *segment = decl->getAttr<CodeSegAttr>())
        if (irql.isPageableSection(segment->getName().str())) {
          fact.pageable = true;
          fact.pageableBecause = "it is placed in section " + segment->getName().str();
          return;
        }
      const Stmt *body = decl->doesThisDeclarationHaveABody() ? decl->getBody() : nullptr;
      if (!body)
        continue;
      SourceLocation begin = sm_.getExpansionLoc(body->getBeginLoc());
      SourceLocation end = sm_.getExpansionLoc(body->getEndLoc());
      auto [file, from] = sm_.getDecomposedLoc(begin);
      unsigned to = sm_.getDecomposedLoc(end).second;
      for (const CapturedAnnotation &captured : annotations_)
        if (captured.file == file && captured.offset > from && captured.offset < to &&
            irql.annotation(captured.annotation.name) == IrqlKnowledge::Annotation::PagedCode) {
          fact.pageable = true;
          fact.pageableBecause = "it calls " + captured.annotation.name + "()";
          return;
        }
    }
  }

  // --- stores into driver-object slots ---

  void noteStore(const BinaryOperator *op) {
    const Expr *target = op->getLHS()->IgnoreParenImpCasts();
    const Expr *index = nullptr;
    if (const auto *subscript = dyn_cast<ArraySubscriptExpr>(target)) {
      index = subscript->getIdx();
      target = subscript->getBase()->IgnoreParenImpCasts();
    }
    const auto *member = dyn_cast<MemberExpr>(target);
    if (!member)
      return;
    const auto *field = dyn_cast<FieldDecl>(member->getMemberDecl());
    if (!field)
      return;
    const SlotInfo *slot = kb_.findSlot(field->getParent()->getNameAsString(), field->getNameAsString());
    if (!slot || slot->indexed != (index != nullptr))
      return;

    SlotStoreFact store;
    store.slot = slot->name;
    store.unit = facts_.mainFile;
    store.pos = toSourcePos(sm_, op->getBeginLoc());
    if (current_)
      store.enclosingFunction = current_->getNameAsString();
    if (index) {
      store.majorFunctionSpelling = spelling(index);
      Expr::EvalResult result;
      if (!index->isValueDependent() && index->EvaluateAsInt(result, ctx_))
        store.majorFunction = static_cast<int>(result.Val.getInt().getExtValue());
    }
    classifyValue(op->getRHS(), slotFunctionType(field), store);
    if (!store.routine.empty())
      if (const auto *ref = routineRef(op->getRHS()))
        noteFunction(ref);
    facts_.stores.push_back(std::move(store));
  }

  // --- routines stored in registration structures (FLT_REGISTRATION, ...) ---

  const RegistrationField *registrationField(const FieldDecl *field) const {
    return kb_.findRegistrationField(recordName(field->getParent()), field->getNameAsString());
  }

  void noteRegistrationValue(const RegistrationField &known, const FieldDecl *field, const Expr *value,
                             SourceLocation where, const std::string &holder) {
    SlotStoreFact store;
    store.slot = known.name;
    store.unit = facts_.mainFile;
    store.holder = holder;
    if (current_)
      store.enclosingFunction = current_->getNameAsString();
    if (!value || isa<ImplicitValueInitExpr>(value)) {
      store.value = SlotStoreFact::Value::Null;
      store.pos = toSourcePos(sm_, where);
    } else {
      store.pos = toSourcePos(sm_, value->getBeginLoc());
      classifyValue(value, slotFunctionType(field), store);
      if (const FunctionDecl *routine = routineRef(value); routine && !store.routine.empty())
        noteFunction(routine);
    }
    facts_.registrationStores.push_back(std::move(store));
  }

  // Walks an initializer's semantic form, which lists every field in
  // declaration order whether the source was positional or designated.
  void noteRegistrationInitializer(const InitListExpr *list, const std::string &holder, SourceLocation where) {
    if (list->isSyntacticForm() && list->getSemanticForm())
      list = list->getSemanticForm();
    if (list->getLBraceLoc().isValid())
      where = list->getLBraceLoc();
    QualType type = list->getType();
    if (const auto *recordType = type->getAs<RecordType>()) {
      const RecordDecl *record = recordType->getDecl();
      if (record->isUnion())
        return;
      const bool known = kb_.hasRegistrationRecord(recordName(record));
      unsigned index = 0;
      for (const FieldDecl *field : record->fields()) {
        const Expr *init = index < list->getNumInits() ? list->getInit(index) : nullptr;
        ++index;
        if (known)
          if (const RegistrationField *registration = registrationField(field))
            noteRegistrationValue(*registration, field, init, where, holder);
        if (init)
          if (const auto *nested = dyn_cast<InitListExpr>(init->IgnoreImplicit()))
            noteRegistrationInitializer(nested, {}, where);
      }
      return;
    }
    if (type->isArrayType())
      for (unsigned i = 0; i < list->getNumInits(); ++i)
        if (const auto *nested = dyn_cast<InitListExpr>(list->getInit(i)->IgnoreImplicit()))
          noteRegistrationInitializer(nested, {}, where);
  }

  // `Registration.FilterUnloadCallback = MyUnload;`
  void noteRegistrationAssignment(const BinaryOperator *op) {
    const auto *member = dyn_cast<MemberExpr>(op->getLHS()->IgnoreParenImpCasts());
    if (!member)
      return;
    const auto *field = dyn_cast<FieldDecl>(member->getMemberDecl());
    if (!field)
      return;
    if (const RegistrationField *registration = registrationField(field))
      noteRegistrationValue(*registration, field, op->getRHS(), op->getBeginLoc(),
                            member->isArrow() ? std::string() : identity_.storageOf(member->getBase()));
  }

  std::string spelling(const Expr *expr) const {
    CharSourceRange range = CharSourceRange::getTokenRange(expr->getSourceRange());
    return Lexer::getSourceText(sm_.getExpansionRange(range), sm_, ctx_.getLangOpts()).str();
  }

  QualType slotFunctionType(const FieldDecl *field) const {
    QualType type = field->getType();
    if (const auto *array = ctx_.getAsArrayType(type))
      type = array->getElementType();
    if (const auto *pointer = type->getAs<PointerType>())
      return pointer->getPointeeType();
    return {};
  }

  // The value of `a = b = f` is f: follow chained assignments.
  static const Expr *storedValue(const Expr *value) {
    value = value->IgnoreParenImpCasts();
    while (const auto *assign = dyn_cast<BinaryOperator>(value)) {
      if (assign->getOpcode() != BO_Assign)
        break;
      value = assign->getRHS()->IgnoreParenImpCasts();
    }
    return value;
  }

  static const FunctionDecl *functionOf(const Expr *expr) {
    expr = expr->IgnoreParenImpCasts();
    if (const auto *addressOf = dyn_cast<UnaryOperator>(expr))
      if (addressOf->getOpcode() == UO_AddrOf)
        expr = addressOf->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *ref = dyn_cast<DeclRefExpr>(expr))
      return dyn_cast<FunctionDecl>(ref->getDecl());
    return nullptr;
  }

  static const FunctionDecl *routineRef(const Expr *rhs) {
    const Expr *value = storedValue(rhs);
    if (const auto *cast = dyn_cast<ExplicitCastExpr>(value))
      value = cast->getSubExpr();
    return functionOf(value);
  }

  bool sameFunctionType(QualType a, QualType b) const {
    if (a.isNull() || b.isNull())
      return true; // cannot tell: do not claim a mismatch
    auto normalise = [&](QualType type) {
      type = ctx_.getCanonicalType(type);
      if (const auto *fn = type->getAs<FunctionType>())
        type = ctx_.adjustFunctionType(fn, fn->getExtInfo().withCallingConv(CC_C))->getCanonicalTypeInternal();
      return ctx_.getCanonicalType(type);
    };
    QualType left = normalise(a), right = normalise(b);
    if (ctx_.getLangOpts().CPlusPlus)
      return ctx_.hasSameType(left, right);
    return ctx_.typesAreCompatible(left, right);
  }

  void classifyValue(const Expr *rhs, QualType slotType, SlotStoreFact &store) const {
    const Expr *value = storedValue(rhs);
    if (value->isValueDependent())
      return;
    if (value->isNullPointerConstant(ctx_, Expr::NPC_ValueDependentIsNotNull)) {
      store.value = SlotStoreFact::Value::Null;
      return;
    }
    bool cast = false;
    while (const auto *explicitCast = dyn_cast<ExplicitCastExpr>(value)) {
      cast = true;
      value = explicitCast->getSubExpr()->IgnoreParenImpCasts();
    }
    if (const FunctionDecl *fn = functionOf(value)) {
      store.value = cast ? SlotStoreFact::Value::CastRoutine : SlotStoreFact::Value::Routine;
      store.routine = fn->getNameAsString();
      store.routineMatchesSlotType = sameFunctionType(fn->getType(), slotType);
      return;
    }
    if (value->isNullPointerConstant(ctx_, Expr::NPC_ValueDependentIsNotNull)) {
      store.value = SlotStoreFact::Value::Null;
      return;
    }
    // Certainly not a routine: a constant number, a string, the address of data.
    Expr::EvalResult constant;
    if (value->getType()->isIntegerType() && value->EvaluateAsInt(constant, ctx_)) {
      store.value = SlotStoreFact::Value::NonRoutine;
      return;
    }
    if (isa<StringLiteral>(value)) {
      store.value = SlotStoreFact::Value::NonRoutine;
      return;
    }
    if (const auto *addressOf = dyn_cast<UnaryOperator>(value))
      if (addressOf->getOpcode() == UO_AddrOf)
        if (const auto *ref = dyn_cast<DeclRefExpr>(addressOf->getSubExpr()->IgnoreParenImpCasts()))
          if (isa<VarDecl>(ref->getDecl())) {
            store.value = SlotStoreFact::Value::NonRoutine;
            return;
          }
    store.value = SlotStoreFact::Value::Unknown;
  }

  ASTContext &ctx_;
  const SourceManager &sm_;
  const KnowledgeBase &kb_;
  TuFacts &facts_;
  const std::vector<CapturedAnnotation> &annotations_;
  const std::vector<ErrorLocation> &errors_;
  const std::vector<SourceRegion> &debugRegions_;
  std::set<const CallExpr *> discarded_;
  DeclExtents extents_;
  FunctionDecl *current_ = nullptr;
  std::set<const FunctionDecl *> seen_;
  std::vector<const FunctionDecl *> order_;
  std::map<const FunctionDecl *, std::vector<CallFact>> calls_;
  std::set<const FunctionDecl *> indirectCallers_;
  ArgumentIdentity identity_;
  std::set<const DeclRefExpr *> calleeRefs_;
  std::set<const FunctionDecl *> referenced_;
  std::map<const CallExpr *, const Expr *> resultTargets_;
  std::map<const FunctionDecl *, std::vector<unsigned>> returns_;
  std::map<const CallExpr *, unsigned> callIndex_;
  std::map<const FunctionDecl *, FunctionCfg> cfgs_;
};

} // namespace

void FactsCollector::HandleTranslationUnit(clang::ASTContext &context) {
  Collector collector(context, kb_, facts_, annotations_, errors_, debugRegions_);
  collector.TraverseDecl(context.getTranslationUnitDecl());
  collector.finish();
}

} // namespace unloadcheck
