// Small text helpers several parts share: comma lists of globs (--checks,
// NOLINT(...)) and case-insensitive names (object names, registry keys).
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace unloadcheck {

// "a, b,,c " -> {"a", "b", "c"}: items trimmed of blanks, empty ones dropped.
inline std::vector<std::string> splitList(const std::string &text, char separator = ',') {
  std::vector<std::string> items;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(separator, start);
    std::string item = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    start = end == std::string::npos ? text.size() + 1 : end + 1;
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (!item.empty())
      items.push_back(std::move(item));
  }
  return items;
}

inline std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

} // namespace unloadcheck
