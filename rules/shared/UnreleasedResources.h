// Reporting what the unload path leaves registered, shared by the rules
// that own resource kinds (missing cleanup, pending work, shutdown
// notification): each reports only the kinds the knowledge base gives it.
#pragma once

#include "engine/RuleContext.h"
#include "model/Teardown.h"

#include <string>

namespace unloadcheck {

// Reports every acquisition of a kind owned by `ruleId` that the unload
// path does not undo; says once when it cannot tell.
void reportUnreleased(RuleContext &context, const Teardown &teardown, const std::string &ruleId);

} // namespace unloadcheck
