#include "shared/UnreleasedResources.h"

#include <set>
#include <vector>

namespace unloadcheck {

void reportUnreleased(RuleContext &context, const Teardown &teardown, const std::string &ruleId) {
  // No Unload routine at all is driver-unload-assignment's finding.
  if (teardown.unloadRoutines().empty())
    return;
  const Routine &unload = *teardown.unloadRoutines().front();
  const DeclFact *unloadDefinition = unload.definition();
  const SourcePos unloadPos = unloadDefinition ? unloadDefinition->namePos : unload.firstDecl().namePos;
  std::set<std::pair<std::string, std::string>> reported; // kind, identity
  // What DriverEntry registered first: a timer re-armed by its own DPC is
  // reported where DriverEntry first armed it.
  std::vector<const Acquisition *> ordered;
  for (const Acquisition &acquisition : teardown.acquisitions())
    if (acquisition.duringInitialisation)
      ordered.push_back(&acquisition);
  for (const Acquisition &acquisition : teardown.acquisitions())
    if (!acquisition.duringInitialisation)
      ordered.push_back(&acquisition);
  for (const Acquisition *next : ordered) {
    const Acquisition &acquisition = *next;
    if (acquisition.kind->rule != ruleId)
      continue;
    switch (teardown.verdict(acquisition)) {
    case Teardown::Verdict::Released:
      break;
    case Teardown::Verdict::CannotTell:
      if (std::optional<UnseenCode> unseen = teardown.unseenFor(acquisition))
        context.notify(unseen->sentence +
                           "; whether it releases what the driver registers is not checked" +
                           (unseen->undefinedFunction ? " (if it releases nothing, name it in \"unrelatedCalls\" "
                                                        "of a .unloadcheck.json)"
                                                      : ""),
                       unseen->pos);
      break;
    case Teardown::Verdict::Unreleased: {
      std::string message = teardown.message(context.kb().teardown().messageFor(*acquisition.kind), acquisition);
      // Released where it can never run: say so rather than "never".
      if (acquisition.kind->releasedIn == ResourceKind::ReleasedIn::BeforeUnload &&
          teardown.releasedOnUnloadPath(acquisition))
        message = acquisition.call->callee + " registration" +
                  (displayName(acquisition.identity.spelling).empty()
                       ? std::string()
                       : " '" + displayName(acquisition.identity.spelling) + "'") +
                  " is released only on the unload path, but the system does not call the Unload routine '" +
                  unload.name + "' while it is registered: release it once it is no longer needed (at the "
                  "latest when the device it watches is removed)";
      // A timer its own DPC re-arms is one timer left armed, not two.
      if (!acquisition.identity.id.empty() && !reported.insert({acquisition.kind->id, acquisition.identity.id}).second)
        break;
      context.report(std::move(message), acquisition.call->pos, {{unloadPos, "the Unload routine '" + unload.name + "'"}});
      break;
    }
    }
  }
}

} // namespace unloadcheck
