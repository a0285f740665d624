#include "engine/CheckSelection.h"

#include "support/Strings.h"

#include <algorithm>

namespace unloadcheck {

bool globMatches(const std::string &glob, const std::string &text) {
  // Iterative '*' matching with one backtrack point: linear enough for ids.
  size_t g = 0, t = 0, star = std::string::npos, mark = 0;
  while (t < text.size()) {
    if (g < glob.size() && (glob[g] == text[t] || glob[g] == '?')) {
      ++g;
      ++t;
    } else if (g < glob.size() && glob[g] == '*') {
      star = g++;
      mark = t;
    } else if (star != std::string::npos) {
      g = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*')
    ++g;
  return g == glob.size();
}

bool CheckSelection::parse(const std::string &globs, const std::vector<std::string> &ruleIds,
                           CheckSelection &selection, std::string &error) {
  CheckSelection parsed;
  parsed.all_ = false;
  for (const std::string &item : splitList(globs)) {
    Pattern pattern;
    pattern.positive = item.front() != '-';
    pattern.glob = pattern.positive ? item : item.substr(1);
    // "-*" is the usual way to start from nothing; it need not match anything specific.
    if (pattern.glob != "*" &&
        std::none_of(ruleIds.begin(), ruleIds.end(),
                     [&](const std::string &id) { return globMatches(pattern.glob, id); })) {
      error = "--checks: '" + pattern.glob + "' matches no rule (see --list-rules)";
      return false;
    }
    parsed.patterns_.push_back(std::move(pattern));
  }
  selection = std::move(parsed);
  return true;
}

bool CheckSelection::enabled(const std::string &ruleId) const {
  if (all_)
    return true;
  bool on = false;
  for (const Pattern &pattern : patterns_)
    if (globMatches(pattern.glob, ruleId))
      on = pattern.positive;
  return on;
}

} // namespace unloadcheck
