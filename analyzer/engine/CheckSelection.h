// Which rules run: a clang-tidy style list of globs, "driver-*,-driver-routine-naming".
#pragma once

#include <string>
#include <vector>

namespace unloadcheck {

class CheckSelection {
public:
  // Every rule enabled.
  CheckSelection() = default;
  // Parses `globs` against the known rule ids. A pattern that matches no
  // rule is an error (a typo would otherwise silently disable nothing).
  static bool parse(const std::string &globs, const std::vector<std::string> &ruleIds,
                    CheckSelection &selection, std::string &error);

  bool enabled(const std::string &ruleId) const;

private:
  struct Pattern {
    std::string glob;
    bool positive = true;
  };
  std::vector<Pattern> patterns_;
  bool all_ = true;
};

bool globMatches(const std::string &glob, const std::string &text);

} // namespace unloadcheck
