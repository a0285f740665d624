#include "report/Paths.h"

namespace unloadcheck {
namespace {

bool isSeparator(char c) { return c == '/' || c == '\\'; }

} // namespace

std::optional<std::string> pathUnder(const std::string &file, const std::string &dir) {
  std::string base = dir;
  while (base.size() > 1 && isSeparator(base.back()))
    base.pop_back();
  if (base.empty() || file.size() <= base.size() || file.compare(0, base.size(), base) != 0)
    return std::nullopt;
  // "/" is the one directory whose name already ends in a separator.
  if (isSeparator(base.back()))
    return file.substr(base.size());
  // "/work/main2/x.c" is not under "/work/main".
  if (!isSeparator(file[base.size()]) || file.size() == base.size() + 1)
    return std::nullopt;
  return file.substr(base.size() + 1);
}

} // namespace unloadcheck
