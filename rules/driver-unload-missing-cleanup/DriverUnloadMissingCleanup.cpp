// driver-unload-missing-cleanup: everything the driver registers, creates or
// attaches is released on the unload path (or, device-scoped, on
// IRP_MN_REMOVE_DEVICE). The pairs come from rules/knowledge/teardown.json.
#include "engine/RuleContext.h"
#include "shared/UnreleasedResources.h"

namespace unloadcheck::rules {

void checkDriverUnloadMissingCleanup(RuleContext &context) {
  reportUnreleased(context, context.teardown(), "driver-unload-missing-cleanup");
}

} // namespace unloadcheck::rules
