#include "model/Teardown.h"

#include "support/ReplaceAll.h"
#include "support/Strings.h"

#include <algorithm>
#include <functional>

namespace unloadcheck {

namespace {

std::string identityClass(const std::string &id) {
  return id.substr(0, id.find(':'));
}

// Object names compare case-insensitively; \DosDevices\, \GLOBAL??\ and
// their Global\ forms name \??\ for a driver, which runs in the system's
// context where the local and the global DOS device directory are one.
std::string objectName(const std::string &text) {
  const std::string name = lowercase(text);
  for (const char *alias : {"\\dosdevices\\global\\", "\\??\\global\\", "\\global??\\", "\\dosdevices\\"}) {
    const std::string prefix = alias;
    if (name.rfind(prefix, 0) == 0)
      return "\\??\\" + name.substr(prefix.size());
  }
  return name;
}

} // namespace

ResourceIdentity identityOf(const CallFact &call, const IdentitySpec &spec) {
  ResourceIdentity identity;
  switch (spec.kind) {
  case IdentitySpec::Kind::None:
    identity.wildcard = true;
    break;
  case IdentitySpec::Kind::Argument:
    if (spec.index < call.args.size()) {
      const ArgFact &arg = call.args[spec.index];
      identity.id = arg.value;
      identity.text = arg.text;
      identity.spelling = arg.spelling;
    }
    break;
  case IdentitySpec::Kind::Output:
    if (spec.index < call.args.size()) {
      const ArgFact &arg = call.args[spec.index];
      identity.id = arg.pointee;
      identity.spelling = arg.pointeeSpelling.empty() ? arg.spelling : arg.pointeeSpelling;
    }
    break;
  case IdentitySpec::Kind::Result:
    identity.id = call.resultStoredTo;
    identity.spelling = call.resultSpelling;
    break;
  }
  return identity;
}

namespace {

// A condition on an argument whose value is not a known constant: the call
// may or may not be of this kind.
enum class Condition { Holds, Fails, Unknown };

Condition check(const CallFact &call, const std::optional<CallCondition> &when) {
  if (!when)
    return Condition::Holds;
  if (when->arg >= call.args.size() || !call.args[when->arg].constant)
    return Condition::Unknown;
  return when->holds(*call.args[when->arg].constant) ? Condition::Holds : Condition::Fails;
}

} // namespace

ResourceIdentity::Match ResourceIdentity::compare(const ResourceIdentity &a, const ResourceIdentity &b) {
  if (a.wildcard || b.wildcard)
    return Match::Unknown;
  if (!a.text.empty() && !b.text.empty())
    return objectName(a.text) == objectName(b.text) ? Match::Same : Match::Different;
  if (!a.id.empty() && !b.id.empty() && identityClass(a.id) == identityClass(b.id))
    return a.id == b.id ? Match::Same : Match::Different;
  return Match::Unknown;
}

std::string displayName(const std::string &spelling) {
  std::string name = spelling;
  while (!name.empty() && (name.front() == '&' || std::isspace(static_cast<unsigned char>(name.front()))))
    name.erase(name.begin());
  if (name.size() > 60 || name.find('\n') != std::string::npos)
    return "";
  return name;
}

Teardown Teardown::analyse(const DriverModel &model, const KnowledgeBase &kb) {
  Teardown teardown;
  teardown.model_ = &model;
  teardown.kb_ = &kb;
  const std::optional<int> pnp = kb.majorFunctionIndex("IRP_MJ_PNP");

  std::vector<const Routine *> roots;
  if (const Routine *entry = model.entryPoint(); entry && entry->hasBody) {
    roots.push_back(entry);
    teardown.initReach_ = model.reachableFrom(*entry);
  }
  for (const SlotStoreFact &store : model.stores()) {
    const Routine *routine = model.storedRoutine(store);
    if (!routine)
      continue;
    if (store.slot == "DriverUnload" && store.value == SlotStoreFact::Value::Routine)
      teardown.unloads_.push_back(routine);
    if (store.slot == "AddDevice")
      teardown.addDevices_.push_back(routine);
    if (store.slot == "MajorFunction" && store.majorFunction && store.majorFunction == pnp)
      teardown.pnpDispatch_.push_back(routine);
    if (routine->hasBody && store.slot != "DriverUnload")
      roots.push_back(routine);
  }
  // A minifilter's FilterUnloadCallback is its way out, like DriverUnload.
  for (const Routine *routine : model.filterUnloadCallbacks())
    teardown.unloads_.push_back(routine);
  // Storing the Unload routine refers to it too; it is no callback.
  for (const std::string &key : model.callbackRoutines())
    if (std::none_of(teardown.unloads_.begin(), teardown.unloads_.end(),
                     [&](const Routine *unload) { return unload->key == key; }))
      roots.push_back(&model.routines().at(key));

  auto unionOf = [&](const std::vector<const Routine *> &from) {
    std::set<std::string> keys;
    for (const Routine *routine : from)
      if (routine->hasBody) {
        std::set<std::string> reach = model.reachableFrom(*routine);
        keys.insert(reach.begin(), reach.end());
      } else {
        keys.insert(routine->key); // a routine without a body: unseen
      }
    return keys;
  };
  teardown.unloadReach_ = unionOf(teardown.unloads_);
  teardown.pnpReach_ = unionOf(teardown.pnpDispatch_);
  // Registrations made only on the way out are not what the way out must undo.
  std::set<std::string> acquiring = unionOf(roots);
  teardown.beforeUnloadReach_ = acquiring;
  teardown.allReach_ = acquiring;
  teardown.allReach_.insert(teardown.unloadReach_.begin(), teardown.unloadReach_.end());

  for (const std::string &key : acquiring) {
    const Routine &routine = model.routines().at(key);
    if (routine.hasErrors)
      continue;
    for (const CallFact &call : routine.calls)
      for (const ResourceKind &kind : kb.teardown().resources())
        for (const ResourceCall &entry : kind.acquire) {
          if (entry.call != call.callee || check(call, entry.when) != Condition::Holds)
            continue;
          Acquisition acquisition;
          acquisition.kind = &kind;
          acquisition.entry = &entry;
          acquisition.routine = &routine;
          acquisition.call = &call;
          acquisition.identity = identityOf(call, entry.identity);
          // NULL where the resource should be: nothing is registered.
          if (entry.identity.kind == IdentitySpec::Kind::Argument && entry.identity.index < call.args.size() &&
              call.args[entry.identity.index].constant == 0)
            continue;
          if (kind.globalOnly && acquisition.identity.id.rfind("g:", 0) != 0)
            continue;
          if (entry.contextArg)
            acquisition.context = identityOf(call, {IdentitySpec::Kind::Argument, *entry.contextArg});
          acquisition.duringInitialisation = teardown.initReach_.count(key) != 0;
          if (kind.driverEntryOnly && !acquisition.duringInitialisation)
            continue;
          teardown.acquisitions_.push_back(std::move(acquisition));
        }
  }
  std::sort(teardown.acquisitions_.begin(), teardown.acquisitions_.end(),
            [](const Acquisition &a, const Acquisition &b) { return a.call->pos < b.call->pos; });
  return teardown;
}

bool Teardown::releasesKind(const CallFact &call, const ResourceKind &kind, ResourceCallSite *site) const {
  for (const ResourceCall &entry : kind.release) {
    // A release whose condition cannot be evaluated may be one: counted.
    if (entry.call != call.callee || check(call, entry.when) == Condition::Fails)
      continue;
    if (site) {
      site->kind = &kind;
      site->entry = &entry;
      site->call = &call;
      site->identity = identityOf(call, entry.identity);
    }
    return true;
  }
  return false;
}

const std::set<std::string> &Teardown::scopeOf(const Acquisition &acquisition,
                                               std::set<std::string> &scratch) const {
  using ReleasedIn = ResourceKind::ReleasedIn;
  const ReleasedIn releasedIn = acquisition.kind->releasedIn;
  if (releasedIn == ReleasedIn::BeforeUnload)
    return beforeUnloadReach_;
  // Registered by a dispatch routine or a callback, it may be undone by
  // another (a handle opened on IRP_MJ_CREATE, closed on IRP_MJ_CLOSE).
  if (releasedIn == ReleasedIn::Anywhere || (releasedIn == ReleasedIn::Default && !acquisition.duringInitialisation))
    return allReach_;
  if (!acquisition.kind->deviceScoped || pnpDispatch_.empty())
    return unloadReach_;
  scratch = unloadReach_;
  scratch.insert(pnpReach_.begin(), pnpReach_.end());
  return scratch;
}

Teardown::Verdict Teardown::verdict(const Acquisition &acquisition) const {
  std::set<std::string> scratch;
  const std::set<std::string> &scope = scopeOf(acquisition, scratch);
  if (releasedWithin(acquisition, scope))
    return Verdict::Released;
  return unseen(scope) ? Verdict::CannotTell : Verdict::Unreleased;
}

bool Teardown::releasedOnUnloadPath(const Acquisition &acquisition) const {
  return releasedWithin(acquisition, unloadReach_);
}

bool Teardown::releasedWithin(const Acquisition &acquisition, const std::set<std::string> &scope) const {
  for (const std::string &key : scope) {
    const Routine &routine = model_->routines().at(key);
    for (const CallFact &call : routine.calls) {
      ResourceCallSite site;
      if (releasesKind(call, *acquisition.kind, &site) &&
          ResourceIdentity::compare(acquisition.identity, site.identity) != ResourceIdentity::Match::Different)
        return true;
    }
  }
  return false;
}

std::optional<UnseenCode> Teardown::unseenFor(const Acquisition &acquisition) const {
  std::set<std::string> scratch;
  return unseen(scopeOf(acquisition, scratch));
}

std::optional<UnseenCode> Teardown::unseen(const std::set<std::string> &keys) const {
  for (const std::string &key : keys) {
    const Routine &routine = model_->routines().at(key);
    const std::string name = "'" + routine.name + "'";
    if (!routine.hasBody)
      return UnseenCode{&routine, name + " is not defined in the files given", routine.firstDecl().pos};
    if (routine.hasErrors) {
      const DeclFact *definition = routine.definition();
      return UnseenCode{&routine, name + " has parse errors", definition ? definition->pos : routine.firstDecl().pos};
    }
    for (const CallFact &call : routine.calls) {
      if (call.callee.empty())
        return UnseenCode{&routine, name + " calls a routine through a pointer", call.pos};
      if (kb_->teardown().isUnrelatedCall(call.callee) || kb_->teardown().isKnownCall(call.callee))
        continue;
      const Routine *target = model_->callee(routine, call);
      if (!target || (!target->hasBody && !target->isDdi))
        return UnseenCode{&routine, name + " calls '" + call.callee + "', which is not defined in the files given",
                          call.pos, true};
    }
  }
  return std::nullopt;
}

bool reachesWithoutReturn(const std::vector<UnloadStep> &steps, size_t from, size_t to) {
  const std::vector<unsigned> &running = steps[to].frames;
  for (size_t i = from + 1; i < to; ++i)
    if (!steps[i].call && std::find(running.begin(), running.end(), steps[i].frames.back()) != running.end())
      return false;
  return true;
}

std::vector<UnloadStep> Teardown::unloadSequence() const {
  std::vector<UnloadStep> sequence;
  std::vector<std::string> stack;
  std::vector<unsigned> frames;
  unsigned nextFrame = 0;
  std::function<void(const Routine &)> walk = [&](const Routine &routine) {
    stack.push_back(routine.key);
    frames.push_back(nextFrame++);
    auto returnsBefore = [&](size_t callIndex) {
      for (unsigned at : routine.returnsAfterCalls)
        if (at == callIndex)
          sequence.push_back({&routine, nullptr, frames});
    };
    for (size_t i = 0; i < routine.calls.size(); ++i) {
      returnsBefore(i);
      const CallFact &call = routine.calls[i];
      sequence.push_back({&routine, &call, frames});
      const Routine *target = model_->callee(routine, call);
      if (target && target->hasBody && std::find(stack.begin(), stack.end(), target->key) == stack.end())
        walk(*target);
    }
    returnsBefore(routine.calls.size());
    frames.pop_back();
    stack.pop_back();
  };
  for (const Routine *unload : unloads_)
    if (unload->hasBody)
      walk(*unload);
  return sequence;
}

std::string Teardown::message(const std::string &pattern, const Acquisition &acquisition) const {
  std::string text = pattern;
  // A name string reads better than the variable holding it.
  const std::string name = acquisition.identity.text.empty() ? displayName(acquisition.identity.spelling)
                                                             : displayName(acquisition.identity.text);
  if (name.empty())
    replaceAll(text, " '{name}'", "");
  std::string undo = acquisition.entry->undo;
  replaceAll(undo, "{id}", acquisition.identity.spelling.empty() ? "..." : acquisition.identity.spelling);
  for (size_t i = 0; i < acquisition.call->args.size(); ++i)
    replaceAll(undo, "{arg" + std::to_string(i) + "}", acquisition.call->args[i].spelling);
  const std::string unload = unloads_.empty() ? "the Unload routine" : unloads_.front()->name;
  // Where the undo belongs: what DriverEntry set up is undone by Unload;
  // what a dispatch routine or AddDevice set up, where that work ends.
  const bool removeDevice = acquisition.kind->deviceScoped && !pnpDispatch_.empty();
  std::string where;
  if (acquisition.duringInitialisation)
    where = "in '" + unload + "'" + (removeDevice ? " or when handling IRP_MN_REMOVE_DEVICE" : "");
  else if (removeDevice)
    where = "when handling IRP_MN_REMOVE_DEVICE";
  else
    where = "once the driver is done with it, in '" + unload + "' at the latest";
  replaceAll(text, "{acquire}", acquisition.call->callee);
  replaceAll(text, "{what}", acquisition.kind->what);
  replaceAll(text, "{verb}", acquisition.kind->verb);
  replaceAll(text, "{name}", name);
  replaceAll(text, "{unreleased}", acquisition.kind->unreleased);
  replaceAll(text, "{undo}", undo);
  replaceAll(text, "{where}", where);
  replaceAll(text, "{unload}", unload);
  return text;
}

} // namespace unloadcheck
