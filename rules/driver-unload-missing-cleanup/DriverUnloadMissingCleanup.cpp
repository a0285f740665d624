// driver-unload-missing-cleanup: everything the driver registers, creates or
// attaches is released on the unload path (or, device-scoped, on
// IRP_MN_REMOVE_DEVICE). The pairs come from rules/knowledge/teardown.json.
#include "engine/RuleContext.h"
#include "model/Teardown.h"
#include "shared/UnreleasedResources.h"

namespace unloadcheck::rules {

void checkDriverUnloadMissingCleanup(RuleContext &context) {
  const Teardown teardown = Teardown::analyse(context.model(), context.kb());
  reportUnreleased(context, teardown, "driver-unload-missing-cleanup");
}

} // namespace unloadcheck::rules
