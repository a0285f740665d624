#include "engine/Finding.h"

#include <tuple>

namespace unloadcheck {

const char *levelName(Level level) {
  switch (level) {
  case Level::Note:
    return "note";
  case Level::Warning:
    return "warning";
  case Level::Error:
    return "error";
  }
  return "warning";
}

bool parseLevel(const std::string &text, Level &level) {
  for (Level candidate : {Level::Note, Level::Warning, Level::Error}) {
    if (text == levelName(candidate)) {
      level = candidate;
      return true;
    }
  }
  return false;
}

bool Finding::operator<(const Finding &other) const {
  return std::tie(pos.file, pos.line, pos.column, ruleId, message) <
         std::tie(other.pos.file, other.pos.line, other.pos.column, other.ruleId, other.message);
}

// Position first so that notifications read in file order; the level last
// because the same message at two levels is a caller's bug, not an order.
bool Notification::operator<(const Notification &other) const {
  return std::tie(pos, ruleId, message, level) <
         std::tie(other.pos, other.ruleId, other.message, other.level);
}

bool Notification::operator==(const Notification &other) const {
  return std::tie(pos, ruleId, message, level) ==
         std::tie(other.pos, other.ruleId, other.message, other.level);
}

} // namespace unloadcheck
