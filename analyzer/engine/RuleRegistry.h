// The rules built into the binary, generated from rules/rules.json.
#pragma once

#include <string>
#include <vector>

namespace unloadcheck {

class RuleContext;
using RuleFunction = void (*)(RuleContext &context);

struct RuleEntry {
  std::string id;
  RuleFunction check;
};

const std::vector<RuleEntry> &builtinRuleEntries();

} // namespace unloadcheck
