// driver-role-type: routines in driver-object slots, and DriverEntry, are
// declared with their function role type.
#include "engine/RuleContext.h"
#include "model/Wiring.h"

#include <algorithm>

namespace unloadcheck::rules {

namespace {

void checkRoutine(RuleContext &context, const Routine &routine, const std::string &role,
                  const std::string &how, const std::vector<RelatedLocation> &related) {
  if (routine.hasErrors || routine.isDdi || routine.decls.empty())
    return;
  const KnowledgeBase &kb = context.kb();
  std::vector<std::string> declared = declaredRoleTypes(routine, kb);
  if (std::any_of(declared.begin(), declared.end(),
                  [&](const std::string &name) { return kb.roleAccepts(role, name); }))
    return;
  const std::string fix = "declare it with '" + role + " " + routine.name + ";'";
  if (declared.empty()) {
    // A header that was not found may hold the role-type declaration.
    if (!routine.declarationsComplete)
      return;
    context.report("'" + routine.name + "' " + how + " but is not declared with role type " + role +
                       ": " + fix + " before its definition",
                   routine.firstDecl().pos, related);
    return;
  }
  context.report("'" + routine.name + "' " + how + " but is declared with role type " +
                     declared.front() + ", not " + role + ": " + fix,
                 routine.firstDecl().pos, related);
}

} // namespace

void checkDriverRoleType(RuleContext &context) {
  const DriverModel &model = context.model();
  const KnowledgeBase &kb = context.kb();

  if (const Routine *entry = model.entryPoint(); entry && entry->hasBody)
    checkRoutine(context, *entry, kb.entryRoleType(), "is the driver's entry point", {});

  for (const auto &[key, stores] : storesByRoutine(model)) {
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
      checkRoutine(context, routine, role, "is stored in " + describeSlot(*roleStores.front(), kb),
                   related);
    }
  }
}

} // namespace unloadcheck::rules
