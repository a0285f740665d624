// driver-dispatch-type: a dispatch routine's _Dispatch_type_ annotations
// name every MajorFunction slot it is stored in.
#include "engine/RuleContext.h"
#include "model/Wiring.h"
#include "shared/DeclarationEdits.h"
#include "shared/DispatchTypes.h"

#include <algorithm>
#include <set>

namespace unloadcheck::rules {

namespace {

std::string joinSlots(const std::vector<std::string> &names) {
  std::string text;
  for (size_t i = 0; i < names.size(); ++i)
    text += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
  return text;
}

// The first declaration made with a role type (a typedef or
// _Function_class_): where the annotations of the role belong.
const DeclFact *roleTypedDeclaration(const Routine &routine, const KnowledgeBase &kb) {
  for (const DeclFact &decl : routine.decls) {
    if (std::any_of(decl.typedefChain.begin(), decl.typedefChain.end(),
                    [&](const std::string &name) { return kb.isRoleType(name); }))
      return &decl;
    if (std::any_of(decl.annotations.begin(), decl.annotations.end(), [&](const Annotation &annotation) {
          return kb.isFunctionClassAnnotation(annotation.name) && !annotation.args.empty() &&
                 kb.isRoleType(annotation.args.front());
        }))
      return &decl;
  }
  return nullptr;
}

// Adds the annotations before the role-typed declaration. A routine with no
// role type gets none here: driver-role-type's fix declares it, annotations
// included, and two fixes inserting at one place would conflict.
std::optional<Fix> addAnnotations(const Routine &routine, const std::vector<std::string> &majorFunctions,
                                  const RuleContext &context) {
  const KnowledgeBase &kb = context.kb();
  const DeclFact *decl = roleTypedDeclaration(routine, kb);
  if (!decl || majorFunctions.empty())
    return std::nullopt;
  std::vector<std::string> lines;
  for (const std::string &majorFunction : majorFunctions)
    lines.push_back(dispatchTypeAnnotation(majorFunction));
  std::optional<TextEdit> edit = insertLinesBefore(*decl, lines, context.model().suppressions());
  if (!edit)
    return std::nullopt;
  std::string inserted;
  for (const std::string &line : lines)
    inserted += (inserted.empty() ? "" : " ") + line;
  return Fix{"insert '" + inserted + "' before '" + routine.name + "'", {*edit}};
}

// Major functions the annotations name but no store uses: perhaps stale,
// perhaps right (a store in a file not given). Only said when every store
// has a constant index.
std::vector<std::string> unstoredMajorFunctions(const DispatchTypes &types,
                                                const std::vector<const SlotStoreFact *> &stores,
                                                const KnowledgeBase &kb) {
  std::set<int> stored;
  for (const SlotStoreFact *store : stores) {
    if (!store->majorFunction)
      return {};
    stored.insert(*store->majorFunction);
  }
  std::vector<std::string> names;
  for (int index : types.named)
    if (!stored.count(index))
      names.push_back(kb.majorFunctionName(index));
  return names;
}

} // namespace

void checkDriverDispatchType(RuleContext &context) {
  const DriverModel &model = context.model();
  const KnowledgeBase &kb = context.kb();
  for (const auto &[key, stores] : storesByRoutine(model, "MajorFunction")) {
    const Routine &routine = model.routines().at(key);
    if (routine.hasErrors || routine.isDdi || routine.decls.empty())
      continue;
    DispatchTypes types = dispatchTypes(routine, kb);
    const std::string name = "dispatch routine '" + routine.name + "'";

    if (!types.annotated) {
      if (!routine.declarationsComplete)
        continue; // the annotation may be on a declaration in the missing header
      std::vector<RelatedLocation> related;
      for (const SlotStoreFact *store : stores)
        related.push_back({store->pos, "stored in " + describeSlot(*store, kb) + " here"});
      std::vector<std::string> majorFunctions = unnamedMajorFunctions(types, stores, kb), slots;
      for (const std::string &majorFunction : majorFunctions)
        slots.push_back(dispatchTypeAnnotation(majorFunction));
      std::string fix = slots.empty() ? "add _Dispatch_type_ naming the major functions it handles"
                                      : "add " + joinSlots(slots) + " to its declaration";
      context.report(name + " has no _Dispatch_type_ annotation: " + fix, routine.firstDecl().pos, related)
          .fix = addAnnotations(routine, majorFunctions, context);
      continue;
    }
    if (types.anySlot)
      continue;

    std::vector<std::string> missing = unnamedMajorFunctions(types, stores, kb);
    if (missing.empty())
      continue;
    std::vector<RelatedLocation> related;
    for (const SlotStoreFact *store : stores)
      if (store->majorFunction && !types.named.count(*store->majorFunction))
        related.push_back({store->pos, "stored in " + describeSlot(*store, kb) + " here"});
    std::vector<std::string> slots, fixes;
    for (const std::string &slotName : missing) {
      slots.push_back("MajorFunction[" + slotName + "]");
      fixes.push_back(dispatchTypeAnnotation(slotName));
    }
    std::string message = name + " is stored in " + joinSlots(slots) +
                          " but its _Dispatch_type_ annotations do not name " + joinSlots(missing) +
                          ": add " + joinSlots(fixes);
    // The fix only adds: an annotation naming a slot the routine is not
    // stored in is left for the developer, who knows whether it is stale.
    std::vector<std::string> unstored = unstoredMajorFunctions(types, stores, kb), stale;
    for (const std::string &slotName : unstored)
      stale.push_back(dispatchTypeAnnotation(slotName));
    if (!stale.empty())
      message += "; it is not stored in " + joinSlots(unstored) + ", so remove " + joinSlots(stale) +
                 (stale.size() == 1 ? " if that annotation is stale" : " if those annotations are stale");
    context.report(message, routine.firstDecl().pos, related).fix = addAnnotations(routine, missing, context);
  }
}

} // namespace unloadcheck::rules
