#include "shared/UnreleasedResources.h"

namespace unloadcheck {

void reportUnreleased(RuleContext &context, const Teardown &teardown, const std::string &ruleId) {
  // No Unload routine at all is driver-unload-assignment's finding.
  if (teardown.unloadRoutines().empty())
    return;
  const Routine &unload = *teardown.unloadRoutines().front();
  const DeclFact *unloadDefinition = unload.definition();
  const SourcePos unloadPos = unloadDefinition ? unloadDefinition->namePos : unload.firstDecl().namePos;
  for (const Acquisition &acquisition : teardown.acquisitions()) {
    if (acquisition.kind->rule != ruleId)
      continue;
    switch (teardown.verdict(acquisition)) {
    case Teardown::Verdict::Released:
      break;
    case Teardown::Verdict::CannotTell:
      if (std::optional<UnseenCode> unseen = teardown.unseenFor(acquisition))
        context.notify("'" + unseen->caller->name + "' calls " + unseen->what +
                           "; whether it releases what the driver registers is not checked (if it releases "
                           "nothing, name it in \"unrelatedCalls\" of a .unloadcheck.json)",
                       unseen->pos);
      break;
    case Teardown::Verdict::Unreleased:
      context.report(teardown.message(context.kb().teardown().messageFor(*acquisition.kind), acquisition),
                     acquisition.call->pos,
                     {{unloadPos, "the Unload routine '" + unload.name + "'"}});
      break;
    }
  }
}

} // namespace unloadcheck
