// driver-unload-cleanup-order: on the unload path, a release that must come
// after another does (the knowledge base's order constraints), and nothing a
// registered callback uses as its context is freed while it is registered.
#include "engine/RuleContext.h"
#include "model/Teardown.h"
#include "support/ReplaceAll.h"

#include <optional>

namespace unloadcheck::rules {

namespace {

using Match = ResourceIdentity::Match;

std::vector<const Acquisition *> acquisitionsOf(const Teardown &teardown, const std::string &kind) {
  std::vector<const Acquisition *> found;
  for (const Acquisition &acquisition : teardown.acquisitions())
    if (acquisition.kind->id == kind)
      found.push_back(&acquisition);
  return found;
}

// The `then` registrations a `first` one belongs to (the devices that have a
// symbolic link). When nothing can be tied, a driver with a single `then`
// registration still has an order to keep; with several, it cannot be told.
std::vector<const Acquisition *> tiedRegistrations(const Teardown &teardown, const OrderConstraint &constraint) {
  std::vector<const Acquisition *> firsts = acquisitionsOf(teardown, constraint.first);
  std::vector<const Acquisition *> thens = acquisitionsOf(teardown, constraint.then);
  if (!constraint.tieFirst || firsts.empty())
    return thens;
  std::vector<const Acquisition *> tied;
  for (const Acquisition *then : thens) {
    const ResourceIdentity thenSide =
        constraint.tieThen ? identityOf(*then->call, *constraint.tieThen) : then->identity;
    for (const Acquisition *first : firsts)
      if (ResourceIdentity::compare(identityOf(*first->call, *constraint.tieFirst), thenSide) == Match::Same) {
        tied.push_back(then);
        break;
      }
  }
  if (tied.empty() && thens.size() == 1)
    return thens;
  return tied;
}

void checkConstraints(RuleContext &context, const Teardown &teardown, const std::vector<UnloadStep> &steps) {
  const TeardownKnowledge &knowledge = context.kb().teardown();
  for (const OrderConstraint &constraint : knowledge.order()) {
    const ResourceKind &first = *knowledge.resource(constraint.first);
    const ResourceKind &then = *knowledge.resource(constraint.then);
    const std::vector<const Acquisition *> tied = tiedRegistrations(teardown, constraint);
    if (tied.empty())
      continue;
    for (size_t early = 0; early < steps.size(); ++early) {
      ResourceCallSite release;
      if (!steps[early].call)
        continue;
      if (teardown.releasesKind(*steps[early].call, first))
        break; // released in the right order from here on
      if (!teardown.releasesKind(*steps[early].call, then, &release))
        continue;
      // Only a release of something that has a `first` to outlive.
      bool ofTied = false;
      for (const Acquisition *acquisition : tied)
        ofTied = ofTied || ResourceIdentity::compare(acquisition->identity, release.identity) != Match::Different;
      if (!ofTied)
        continue;
      std::optional<size_t> late;
      for (size_t j = early + 1; j < steps.size() && !late; ++j)
        if (steps[j].call && teardown.releasesKind(*steps[j].call, first) && reachesWithoutReturn(steps, early, j))
          late = j;
      if (!late)
        continue;
      const CallFact &tooEarly = *steps[early].call;
      const CallFact &mustPrecede = *steps[*late].call;
      std::string message = constraint.message;
      replaceAll(message, "{first}", mustPrecede.callee);
      replaceAll(message, "{then}", tooEarly.callee);
      context.report(message, tooEarly.pos, {{mustPrecede.pos, "'" + mustPrecede.callee + "' is called here"}});
      break;
    }
  }
}

// A callback's context freed before the callback is unregistered.
void checkContexts(RuleContext &context, const Teardown &teardown, const std::vector<UnloadStep> &steps) {
  const TeardownKnowledge &knowledge = context.kb().teardown();
  for (const Acquisition &acquisition : teardown.acquisitions()) {
    if (acquisition.context.id.empty() && acquisition.context.text.empty())
      continue;
    std::optional<size_t> unregister;
    for (size_t i = 0; i < steps.size() && !unregister; ++i) {
      ResourceCallSite site;
      if (steps[i].call && teardown.releasesKind(*steps[i].call, *acquisition.kind, &site) &&
          ResourceIdentity::compare(acquisition.identity, site.identity) != Match::Different)
        unregister = i;
    }
    if (!unregister)
      continue; // never unregistered: driver-unload-missing-cleanup's finding
    for (size_t i = 0; i < *unregister; ++i) {
      if (!steps[i].call || !reachesWithoutReturn(steps, i, *unregister))
        continue;
      const CallFact &call = *steps[i].call;
      bool freesContext = false;
      for (const ResourceKind &kind : knowledge.resources()) {
        ResourceCallSite site;
        if (teardown.releasesKind(call, kind, &site) &&
            ResourceIdentity::compare(acquisition.context, site.identity) == Match::Same)
          freesContext = true;
      }
      if (!freesContext)
        continue;
      const CallFact &unregisterCall = *steps[*unregister].call;
      const std::string name = displayName(acquisition.context.spelling);
      context.report("'" + call.callee + "' releases '" + name + "' while the callback registered by " +
                         acquisition.call->callee + " can still run with it as its context: call '" +
                         unregisterCall.callee + "' first",
                     call.pos,
                     {{unregisterCall.pos, "'" + unregisterCall.callee + "' is called here"},
                      {acquisition.call->pos, "registered here with context '" + name + "'"}});
      break;
    }
  }
}

// Only a driver that registers a kind an order constraint names, or a
// callback with a context, has an order to get wrong.
bool hasSomethingToOrder(const KnowledgeBase &kb, const Teardown &teardown) {
  for (const Acquisition &acquisition : teardown.acquisitions()) {
    if (!acquisition.context.id.empty() || !acquisition.context.text.empty())
      return true;
    for (const OrderConstraint &constraint : kb.teardown().order())
      if (acquisition.kind->id == constraint.first || acquisition.kind->id == constraint.then)
        return true;
  }
  return false;
}

} // namespace

void checkDriverUnloadCleanupOrder(RuleContext &context) {
  const Teardown &teardown = context.teardown();
  if (teardown.unloadRoutines().empty() || !hasSomethingToOrder(context.kb(), teardown))
    return;
  if (std::optional<UnseenCode> unseen = teardown.unseenOnUnloadPath()) {
    context.notify(unseen->sentence +
                       "; the order of releases on the unload path is not checked",
                   unseen->pos);
    return;
  }
  const std::vector<UnloadStep> steps = teardown.unloadSequence();
  checkConstraints(context, teardown, steps);
  checkContexts(context, teardown, steps);
}

} // namespace unloadcheck::rules
