// driver-unload-pending-work: timers, DPCs, system threads and work items
// the driver starts are cancelled, flushed or waited for before it unloads.
// The kinds of pending work come from rules/knowledge/teardown.json.
#include "engine/RuleContext.h"
#include "shared/UnreleasedResources.h"

namespace unloadcheck::rules {

void checkDriverUnloadPendingWork(RuleContext &context) {
  reportUnreleased(context, context.teardown(), "driver-unload-pending-work");
}

} // namespace unloadcheck::rules
