// driver-routine-naming: an Unload routine is named XxxUnload, a routine
// that only handles IRP_MJ_CLEANUP XxxDispatchCleanup or XxxCleanup.
#include "engine/RuleContext.h"
#include "model/Wiring.h"

#include <algorithm>
#include <cctype>

namespace unloadcheck::rules {

namespace {

// "WidgetTeardown" -> "WidgetUnload": keep the driver's prefix, the name's
// first CamelCase word.
std::string suggestedUnloadName(const std::string &name) {
  for (size_t i = 1; i < name.size(); ++i)
    if (std::isupper(static_cast<unsigned char>(name[i])) &&
        std::islower(static_cast<unsigned char>(name[i - 1])))
      return name.substr(0, i) + "Unload";
  return name + "Unload";
}

void checkUnloadNames(RuleContext &context) {
  const DriverModel &model = context.model();
  for (const auto &[key, stores] : storesByRoutine(model, "DriverUnload")) {
    const Routine &routine = model.routines().at(key);
    const DeclFact *definition = routine.definition();
    if (!definition || routine.hasErrors || endsWithIgnoringCase(routine.name, "Unload"))
      continue;
    // A routine of another type stored there is not an Unload routine to
    // rename: driver-unload-assignment reports the store.
    if (std::none_of(stores.begin(), stores.end(),
                     [](const SlotStoreFact *store) { return store->routineMatchesSlotType; }))
      continue;
    context.report("Unload routine '" + routine.name + "' should be named XxxUnload, for example '" +
                       suggestedUnloadName(routine.name) + "'",
                   definition->pos);
  }
}

void checkCleanupNames(RuleContext &context) {
  const DriverModel &model = context.model();
  const std::optional<int> cleanup = context.kb().majorFunctionIndex("IRP_MJ_CLEANUP");
  for (const auto &[key, stores] : storesByRoutine(model)) {
    bool onlyCleanup = true;
    for (const SlotStoreFact *store : stores)
      if (store->slot != "MajorFunction" || !store->majorFunction || store->majorFunction != cleanup)
        onlyCleanup = false;
    if (!onlyCleanup)
      continue;
    const Routine &routine = model.routines().at(key);
    const DeclFact *definition = routine.definition();
    if (!definition || routine.hasErrors || endsWithIgnoringCase(routine.name, "Cleanup"))
      continue;
    context.report("IRP_MJ_CLEANUP dispatch routine '" + routine.name +
                       "' should be named XxxDispatchCleanup or XxxCleanup",
                   definition->pos);
  }
}

} // namespace

void checkDriverRoutineNaming(RuleContext &context) {
  checkUnloadNames(context);
  checkCleanupNames(context);
}

} // namespace unloadcheck::rules
