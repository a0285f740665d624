// Applies the driver's suppression comments (NOLINT, NOLINTNEXTLINE,
// NOLINTBEGIN/NOLINTEND) to findings, the way clang-tidy does: by the line
// of the finding's primary location and the rules the comment names.
#pragma once

#include "engine/Finding.h"

#include <vector>

namespace unloadcheck {

class Suppressions {
public:
  explicit Suppressions(const std::vector<SuppressionComment> &comments);

  bool suppresses(const Finding &finding) const;

private:
  struct Range {
    std::string file;
    unsigned first = 0, last = 0; // lines, inclusive
    std::vector<std::string> rules;
  };
  std::vector<Range> ranges_;
};

} // namespace unloadcheck
