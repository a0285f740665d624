// driver-role-type: routines in driver-object slots, and DriverEntry, are
// declared with their function role type.
#include "engine/RuleContext.h"
#include "model/Wiring.h"
#include "shared/DeclarationEdits.h"
#include "shared/DispatchTypes.h"

#include <algorithm>

namespace unloadcheck::rules {

namespace {

// Declares the routine with its role type before its first declaration. A
// dispatch routine's declaration carries the _Dispatch_type_ annotations of
// the slots it is stored in that no declaration names yet, and a definition
// without _Use_decl_annotations_ gets it: one fix leaves the routine silent
// for driver-dispatch-type and driver-use-decl-annotations too.
std::optional<Fix> declareWithRoleType(const Routine &routine, const std::string &role,
                                       const std::vector<const SlotStoreFact *> &stores,
                                       const RuleContext &context) {
  const KnowledgeBase &kb = context.kb();
  const std::vector<SuppressionComment> &suppressions = context.model().suppressions();
  const DeclFact &first = routine.firstDecl();
  if (!first.insertion)
    return std::nullopt;
  std::vector<std::string> declaration;
  const bool dispatch = std::any_of(stores.begin(), stores.end(),
                                    [](const SlotStoreFact *store) { return store->slot == "MajorFunction"; });
  if (dispatch)
    for (const std::string &majorFunction : unnamedMajorFunctions(dispatchTypes(routine, kb), stores, kb))
      declaration.push_back(dispatchTypeAnnotation(majorFunction));
  declaration.push_back(first.insertion->specifiers + role + " " + routine.name + ";");
  std::string description;
  for (const std::string &line : declaration)
    description += (description.empty() ? "" : " ") + line;
  description = "insert '" + description + "' before '" + routine.name + "'";

  const DeclFact *definition = routine.definition();
  const bool addUseDecl =
      definition && definition->insertion &&
      std::none_of(definition->annotations.begin(), definition->annotations.end(),
                   [&](const Annotation &annotation) { return kb.isUseDeclAnnotations(annotation.name); });
  std::vector<std::string> lines = declaration;
  std::vector<TextEdit> edits;
  if (definition == &first) {
    // A blank line between the new declaration and the definition.
    lines.push_back("");
    if (addUseDecl)
      lines.push_back("_Use_decl_annotations_");
  } else if (addUseDecl) {
    edits.push_back(*insertLinesBefore(*definition, {"_Use_decl_annotations_"}, suppressions));
  }
  edits.insert(edits.begin(), *insertLinesBefore(first, lines, suppressions));
  if (addUseDecl)
    description += " and '_Use_decl_annotations_' before its definition";
  return Fix{description, edits};
}

Finding *checkRoutine(RuleContext &context, const Routine &routine, const std::string &role,
                      const std::string &how, const std::vector<RelatedLocation> &related) {
  if (routine.hasErrors || routine.isDdi || routine.decls.empty())
    return nullptr;
  const KnowledgeBase &kb = context.kb();
  std::vector<std::string> declared = declaredRoleTypes(routine, kb);
  if (std::any_of(declared.begin(), declared.end(),
                  [&](const std::string &name) { return kb.roleAccepts(role, name); }))
    return nullptr;
  const std::string fix = "declare it with '" + role + " " + routine.name + ";'";
  if (declared.empty()) {
    // A header that was not found may hold the role-type declaration.
    if (!routine.declarationsComplete)
      return nullptr;
    return &context.report("'" + routine.name + "' " + how + " but is not declared with role type " +
                               role + ": " + fix + " before its definition",
                           routine.firstDecl().pos, related);
  }
  // Declared with another role: which of the two is meant needs judgement,
  // so no fix.
  context.report("'" + routine.name + "' " + how + " but is declared with role type " +
                     declared.front() + ", not " + role + ": " + fix,
                 routine.firstDecl().pos, related);
  return nullptr;
}

} // namespace

void checkDriverRoleType(RuleContext &context) {
  const DriverModel &model = context.model();
  const KnowledgeBase &kb = context.kb();

  const auto storesOf = storesByRoutine(model);
  if (const Routine *entry = model.entryPoint(); entry && entry->hasBody)
    // An entry point also stored in a slot has two roles: no fix for either.
    if (Finding *finding =
            checkRoutine(context, *entry, kb.entryRoleType(), "is the driver's entry point", {});
        finding && !storesOf.count(entry->key))
      finding->fix = declareWithRoleType(*entry, kb.entryRoleType(), {}, context);

  for (const auto &[key, stores] : storesOf) {
    const Routine &routine = model.routines().at(key);
    // One finding per role the routine is stored as, naming its first slot.
    std::map<std::string, std::vector<const SlotStoreFact *>> byRole;
    for (const SlotStoreFact *store : stores) {
      const SlotInfo *slot = kb.slotNamed(store->slot);
      // A routine of another type cast into DriverUnload is
      // driver-unload-assignment's finding, not a missing declaration.
      if (!slot || (!store->routineMatchesSlotType && store->slot == "DriverUnload"))
        continue;
      byRole[slot->role].push_back(store);
    }
    for (const auto &[role, roleStores] : byRole) {
      std::vector<RelatedLocation> related;
      for (const SlotStoreFact *store : roleStores)
        related.push_back({store->pos, "stored in " + describeSlot(*store, kb) + " here"});
      Finding *finding = checkRoutine(context, routine, role,
                                      "is stored in " + describeSlot(*roleStores.front(), kb), related);
      // A routine stored in slots of two roles needs one of them changed:
      // no fix for either.
      const bool entryToo = model.entryPoint() == &routine;
      if (finding && byRole.size() == 1 && !entryToo)
        finding->fix = declareWithRoleType(routine, role, roleStores, context);
    }
  }
}

} // namespace unloadcheck::rules
