// driver-unload-assignment: (a) a driver that needs an Unload routine stores
// one; (b) driver-object routines are set only while DriverEntry runs;
// (c) what is stored in DriverUnload is an Unload routine.
#include "engine/RuleContext.h"
#include "model/Wiring.h"

#include <optional>

namespace unloadcheck::rules {

namespace {

bool callsFrameworkInitializer(const DriverModel &model, const KnowledgeBase &kb) {
  for (const auto &[key, routine] : model.routines())
    for (const CallFact &call : routine.calls)
      if (kb.isFrameworkInitializer(call.callee))
        return true;
  return false;
}

// The earliest call in the driver that makes an Unload routine necessary.
std::optional<CallFact> firstUnloadRequiringCall(const DriverModel &model, const KnowledgeBase &kb) {
  std::optional<CallFact> first;
  for (const auto &[key, routine] : model.routines())
    for (const CallFact &call : routine.calls)
      if (kb.requiresUnload(call.callee) && (!first || call.pos < first->pos))
        first = call;
  return first;
}

void checkUnloadStored(RuleContext &context, const Routine &entry, bool entryReachesUnseen) {
  const DriverModel &model = context.model();
  const KnowledgeBase &kb = context.kb();
  for (const SlotStoreFact &store : model.stores())
    if (store.slot == "DriverUnload" && store.value != SlotStoreFact::Value::Null)
      return;
  // Filter manager, KMDF, NDIS, Storport... own the driver object's unload.
  if (callsFrameworkInitializer(model, kb))
    return;
  std::optional<CallFact> call = firstUnloadRequiringCall(model, kb);
  if (!call)
    return;
  if (entryReachesUnseen) {
    context.notify("'" + entry.name + "' calls code that is not among the files given or calls "
                   "through a pointer; whether it stores an Unload routine is not checked",
                   entry.definition()->pos);
    return;
  }
  context.report("the driver calls " + call->callee +
                     " but never stores an Unload routine, so it can never be unloaded: set "
                     "DriverObject->DriverUnload in '" + entry.name + "'",
                 entry.definition()->pos, {{call->pos, call->callee + " is called here"}});
}

void checkStoresOutsideEntry(RuleContext &context, const Routine &entry, bool entryReachesUnseen) {
  const DriverModel &model = context.model();
  const std::set<std::string> reachable = model.reachableFrom(entry);
  const auto storedRoutines = storesByRoutine(model);
  for (const SlotStoreFact &store : model.stores()) {
    if (store.slot != "DriverUnload" && store.slot != "MajorFunction")
      continue;
    const Routine *writer = model.resolve(store.enclosingFunction, store.unit);
    if (!writer || writer->hasErrors || reachable.count(writer->key))
      continue;
    // A routine the system calls through a slot runs after DriverEntry for
    // certain; any other function might be reached from code not seen.
    if (entryReachesUnseen && !storedRoutines.count(writer->key))
      continue;
    context.report(store.slot + " is written in '" + writer->name +
                       "', which is not DriverEntry nor called from it: set driver-object "
                       "routines only while DriverEntry runs",
                   store.pos);
  }
}

void checkUnloadValue(RuleContext &context) {
  const DriverModel &model = context.model();
  for (const SlotStoreFact &store : model.stores()) {
    if (store.slot != "DriverUnload")
      continue;
    if (const Routine *writer = model.resolve(store.enclosingFunction, store.unit); writer && writer->hasErrors)
      continue;
    const bool routine = store.value == SlotStoreFact::Value::Routine ||
                         store.value == SlotStoreFact::Value::CastRoutine;
    if (routine && !store.routineMatchesSlotType) {
      const std::string how = store.value == SlotStoreFact::Value::CastRoutine
                                  ? "has a different type and is cast to PDRIVER_UNLOAD"
                                  : "has a different type";
      context.report("the value stored in DriverUnload is not an Unload routine: '" + store.routine +
                         "' " + how + "; store a routine declared DRIVER_UNLOAD",
                     store.pos);
    } else if (store.value == SlotStoreFact::Value::NonRoutine) {
      context.report("the value stored in DriverUnload is not an Unload routine: it is a non-null "
                     "value that is not a function; store a routine declared DRIVER_UNLOAD, or "
                     "NULL if the driver has none",
                     store.pos);
    }
  }
}

} // namespace

void checkDriverUnloadAssignment(RuleContext &context) {
  const Routine *entry = context.model().entryPoint();
  if (entry && entry->hasBody && !entry->hasErrors) {
    const bool entryReachesUnseen = context.model().reachesUnseenCode(*entry);
    checkUnloadStored(context, *entry, entryReachesUnseen);
    checkStoresOutsideEntry(context, *entry, entryReachesUnseen);
  }
  checkUnloadValue(context);
}

} // namespace unloadcheck::rules
