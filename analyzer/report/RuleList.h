// The rule catalogue as the user reads it: --list-rules (text or the
// README's Markdown table) and --explain.
#pragma once

#include "engine/RuleMetadata.h"

#include <string>

namespace unloadcheck {

std::string ruleListText(const RuleCatalogue &catalogue);
// The README's rule table, between its "rule-table" markers.
std::string ruleListMarkdown(const RuleCatalogue &catalogue);

} // namespace unloadcheck
