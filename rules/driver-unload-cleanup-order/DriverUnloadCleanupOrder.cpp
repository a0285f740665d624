// driver-unload-cleanup-order: on the unload path, a release that must come
// after another does (the knowledge base's order constraints), and nothing a
// registered callback uses as its context is freed while it is registered.
#include "engine/RuleContext.h"
#include "model/Teardown.h"

#include <optional>

namespace unloadcheck::rules {

namespace {

void replaceAll(std::string &text, const std::string &from, const std::string &to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

std::optional<size_t> firstRelease(const Teardown &teardown, const std::vector<ResourceCallSite> &sequence,
                                   const ResourceKind &kind) {
  for (size_t i = 0; i < sequence.size(); ++i)
    if (teardown.releasesKind(*sequence[i].call, kind))
      return i;
  return std::nullopt;
}

void checkConstraints(RuleContext &context, const Teardown &teardown,
                      const std::vector<ResourceCallSite> &sequence) {
  const TeardownKnowledge &knowledge = context.kb().teardown();
  for (const OrderConstraint &constraint : knowledge.order()) {
    const ResourceKind *first = knowledge.resource(constraint.first);
    const ResourceKind *then = knowledge.resource(constraint.then);
    std::optional<size_t> early = firstRelease(teardown, sequence, *then);
    std::optional<size_t> late = firstRelease(teardown, sequence, *first);
    if (!early || !late || *early > *late)
      continue;
    const CallFact &tooEarly = *sequence[*early].call;
    const CallFact &mustPrecede = *sequence[*late].call;
    std::string message = constraint.message;
    replaceAll(message, "{first}", mustPrecede.callee);
    replaceAll(message, "{then}", tooEarly.callee);
    context.report(message, tooEarly.pos, {{mustPrecede.pos, "'" + mustPrecede.callee + "' is called here"}});
  }
}

// A callback's context freed before the callback is unregistered.
void checkContexts(RuleContext &context, const Teardown &teardown,
                   const std::vector<ResourceCallSite> &sequence) {
  const TeardownKnowledge &knowledge = context.kb().teardown();
  for (const Acquisition &acquisition : teardown.acquisitions()) {
    if (acquisition.context.id.empty() && acquisition.context.text.empty())
      continue;
    std::optional<size_t> unregister;
    for (size_t i = 0; i < sequence.size() && !unregister; ++i) {
      ResourceCallSite site;
      if (teardown.releasesKind(*sequence[i].call, *acquisition.kind, &site) &&
          ResourceIdentity::compare(acquisition.identity, site.identity) != ResourceIdentity::Match::Different)
        unregister = i;
    }
    if (!unregister)
      continue; // never unregistered: driver-unload-missing-cleanup's finding
    for (size_t i = 0; i < *unregister; ++i) {
      const CallFact &call = *sequence[i].call;
      bool freesContext = false;
      for (const ResourceKind &kind : knowledge.resources()) {
        ResourceCallSite site;
        if (teardown.releasesKind(call, kind, &site) &&
            ResourceIdentity::compare(acquisition.context, site.identity) == ResourceIdentity::Match::Same)
          freesContext = true;
      }
      if (!freesContext)
        continue;
      const CallFact &unregisterCall = *sequence[*unregister].call;
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
  const Teardown teardown = Teardown::analyse(context.model(), context.kb());
  if (teardown.unloadRoutines().empty() || !hasSomethingToOrder(context.kb(), teardown))
    return;
  if (std::optional<UnseenCode> unseen = teardown.unseenOnUnloadPath()) {
    context.notify("'" + unseen->caller->name + "' calls " + unseen->what +
                       "; the order of releases on the unload path is not checked",
                   unseen->pos);
    return;
  }
  const std::vector<ResourceCallSite> sequence = teardown.unloadSequence();
  checkConstraints(context, teardown, sequence);
  checkContexts(context, teardown, sequence);
}

} // namespace unloadcheck::rules
