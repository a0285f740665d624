#include "model/DriverModel.h"

#include "knowledge/KnowledgeBase.h"

#include <algorithm>
#include <deque>

namespace unloadcheck {

namespace {

std::string routineKey(const FunctionFact &fn, const std::string &unit) {
  return fn.externalLinkage ? fn.name : unit + "#" + fn.name;
}

void mergeFunction(Routine &routine, const FunctionFact &fn, const TuFacts &unit) {
  const bool firstSeen = routine.decls.empty();
  const bool bringsBody = fn.hasBody && !routine.hasBody;
  // The translation unit holding the body decides which declaration is first.
  std::vector<DeclFact> merged;
  const std::vector<DeclFact> &lead = bringsBody ? fn.decls : routine.decls;
  const std::vector<DeclFact> &rest = bringsBody ? routine.decls : fn.decls;
  merged = lead;
  for (const DeclFact &decl : rest)
    if (std::none_of(merged.begin(), merged.end(),
                     [&](const DeclFact &seen) { return seen.pos == decl.pos; }))
      merged.push_back(decl);
  routine.decls = std::move(merged);

  if (firstSeen) {
    routine.name = fn.name;
    routine.unit = unit.mainFile;
    routine.isDdi = fn.systemHeaderOnly;
  } else {
    routine.isDdi = routine.isDdi && fn.systemHeaderOnly;
  }
  if (bringsBody) {
    routine.unit = unit.mainFile;
    routine.calls = fn.calls;
    routine.returnsAfterCalls = fn.returnsAfterCalls;
    routine.cfg = fn.cfg;
    routine.pageable = fn.pageable;
    routine.pageableBecause = fn.pageableBecause;
    routine.hasIndirectCalls = fn.hasIndirectCalls;
    routine.hasBody = true;
  }
  routine.hasErrors = routine.hasErrors || fn.hasErrors;
  if (!unit.missingHeaders.empty() && !fn.systemHeaderOnly)
    routine.declarationsComplete = false;
}

} // namespace

const DeclFact *Routine::definition() const {
  for (const DeclFact &decl : decls)
    if (decl.isDefinition)
      return &decl;
  return nullptr;
}

std::vector<std::string> Routine::typedefNames() const {
  std::vector<std::string> names;
  for (const DeclFact &decl : decls)
    for (const std::string &name : decl.typedefChain)
      if (std::find(names.begin(), names.end(), name) == names.end())
        names.push_back(name);
  return names;
}

std::vector<Annotation> Routine::annotations() const {
  std::vector<Annotation> all;
  for (const DeclFact &decl : decls)
    all.insert(all.end(), decl.annotations.begin(), decl.annotations.end());
  return all;
}

DriverModel DriverModel::link(const std::vector<TuFacts> &units, const KnowledgeBase &kb, ModelScope scope) {
  DriverModel model;
  model.scope_ = scope;
  std::vector<const TuFacts *> ordered;
  for (const TuFacts &unit : units)
    ordered.push_back(&unit);
  std::sort(ordered.begin(), ordered.end(),
            [](const TuFacts *a, const TuFacts *b) { return a->mainFile < b->mainFile; });

  std::set<std::string> missingSeen;
  for (const TuFacts *unit : ordered) {
    for (const FunctionFact &fn : unit->functions) {
      const std::string key = routineKey(fn, unit->mainFile);
      Routine &routine = model.routines_[key];
      if (routine.key.empty()) {
        routine.key = key;
        routine.externalLinkage = fn.externalLinkage;
        model.keysByName_[fn.name].push_back(key);
      }
      mergeFunction(routine, fn, *unit);
    }
    model.stores_.insert(model.stores_.end(), unit->stores.begin(), unit->stores.end());
    model.includedHeaders_.insert(unit->includedHeaders.begin(), unit->includedHeaders.end());
    // A header's comments are seen by every file that includes it.
    for (const SuppressionComment &comment : unit->suppressions)
      if (std::find(model.suppressions_.begin(), model.suppressions_.end(), comment) == model.suppressions_.end())
        model.suppressions_.push_back(comment);
    model.registrationStores_.insert(model.registrationStores_.end(), unit->registrationStores.begin(),
                                     unit->registrationStores.end());

    for (const MissingHeader &missing : unit->missingHeaders) {
      model.missingHeaders_.push_back(missing);
      if (!missingSeen.insert(missing.name).second)
        continue;
      Notification note;
      note.message = "header '" + missing.name +
                     "' was not found; declarations it would provide are unknown, so findings "
                     "that depend on them are not reported";
      note.pos = missing.includedFrom;
      model.notifications_.push_back(std::move(note));
    }
    if (!unit->parsed) {
      Notification note;
      note.level = Level::Error;
      note.message = "'" + unit->mainFile + "' could not be parsed; it is left out of the analysis";
      model.notifications_.push_back(std::move(note));
    } else if (unit->errorCount != 0) {
      Notification note;
      note.message = "'" + unit->mainFile + "' has " + std::to_string(unit->errorCount) +
                     " parse error(s); routines containing errors are not analysed" +
                     (unit->errors.empty() ? "" : " (first: " + unit->errors.front() + ")");
      model.notifications_.push_back(std::move(note));
    }
  }

  // The file that defines a routine of another file may declare it there
  // with its role type and annotations.
  if (scope == ModelScope::OneFile)
    for (auto &[key, routine] : model.routines_)
      if (!routine.hasBody && routine.externalLinkage && !routine.isDdi)
        routine.declarationsComplete = false;

  std::set<std::string> callbackKeys;
  for (const TuFacts *unit : ordered)
    for (const std::string &name : unit->referencedRoutines)
      if (const Routine *routine = model.resolve(name, unit->mainFile))
        if (routine->hasBody && callbackKeys.insert(routine->key).second)
          model.callbacks_.push_back(routine->key);

  for (const std::string &entryName : kb.entryPoints()) {
    auto keys = model.keysByName_.find(entryName);
    if (keys == model.keysByName_.end())
      continue;
    for (const std::string &key : keys->second) {
      const Routine &candidate = model.routines_.at(key);
      if (!model.entry_ || (candidate.hasBody && !model.entry_->hasBody))
        model.entry_ = &candidate;
    }
  }
  return model;
}

const Routine *DriverModel::resolve(const std::string &name, const std::string &fromUnit) const {
  auto local = routines_.find(fromUnit + "#" + name);
  if (local != routines_.end())
    return &local->second;
  auto global = routines_.find(name);
  return global == routines_.end() ? nullptr : &global->second;
}

const Routine *DriverModel::storedRoutine(const SlotStoreFact &store) const {
  if (store.routine.empty())
    return nullptr;
  return resolve(store.routine, store.unit);
}

std::vector<const Routine *> DriverModel::filterUnloadCallbacks() const {
  std::vector<const Routine *> found;
  for (const SlotStoreFact &store : registrationStores_)
    if (store.slot == "FilterUnloadCallback" && store.value == SlotStoreFact::Value::Routine)
      if (const Routine *routine = storedRoutine(store);
          routine && std::find(found.begin(), found.end(), routine) == found.end())
        found.push_back(routine);
  return found;
}

const Routine *DriverModel::callee(const Routine &caller, const CallFact &call) const {
  if (call.callee.empty())
    return nullptr;
  return resolve(call.callee, caller.unit);
}

std::set<std::string> DriverModel::reachableFrom(const Routine &root) const {
  std::set<std::string> seen{root.key};
  std::deque<const Routine *> work{&root};
  while (!work.empty()) {
    const Routine *routine = work.front();
    work.pop_front();
    for (const CallFact &call : routine->calls) {
      const Routine *target = callee(*routine, call);
      if (target && target->hasBody && seen.insert(target->key).second)
        work.push_back(target);
    }
  }
  return seen;
}

bool DriverModel::reachesUnseenCode(const Routine &root) const {
  for (const std::string &key : reachableFrom(root)) {
    const Routine &routine = routines_.at(key);
    if (routine.hasIndirectCalls)
      return true;
    for (const CallFact &call : routine.calls) {
      const Routine *target = callee(routine, call);
      if (!target || (!target->hasBody && !target->isDdi))
        return true;
    }
  }
  return false;
}

} // namespace unloadcheck
