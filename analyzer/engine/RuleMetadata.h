// The rule catalogue, read from rules/rules.json (embedded at build time):
// the one source for registration, --list-rules, --explain, SARIF rule
// descriptors and the README's rule table.
#pragma once

#include "engine/Finding.h"

#include <map>
#include <string>
#include <vector>

namespace unloadcheck {

struct RuleMetadata {
  std::string id;            // "driver-role-type"
  int number = 0;            // the catalogue number
  std::string name;          // "DriverRoleType": code file and function name
  std::string category;      // "Declarations and wiring", "Teardown", ...
  Level level = Level::Warning;
  // Kinds of finding with a level other than the rule's ("variants").
  std::map<std::string, Level> variantLevels;
  std::string precision;     // SARIF precision: very-high, high, medium, low
  std::vector<std::string> tags;
  std::string shortDescription;
  std::string fullDescription;
  std::string primaryLocation; // where the finding points, for docs
  std::vector<std::string> sources; // seed documents, CA warnings, CodeQL queries
  std::string documentation; // the rule's Markdown page
};

class RuleCatalogue {
public:
  // The catalogue built into the binary.
  static const RuleCatalogue &builtin();

  // Parses a catalogue; throws std::runtime_error naming the problem.
  static RuleCatalogue parse(const std::string &rulesJson,
                             const std::vector<std::pair<std::string, std::string>> &docPages);

  const std::vector<RuleMetadata> &rules() const { return rules_; }
  const RuleMetadata *find(const std::string &id) const;

private:
  std::vector<RuleMetadata> rules_;
};

} // namespace unloadcheck
