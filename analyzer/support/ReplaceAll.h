// Filling placeholders in text: compiler-argument templates (@MINGW@) and
// the knowledge base's message templates ({name}).
#pragma once

#include <string>

namespace unloadcheck {

// Replaces every occurrence of `from` in `text` by `to`; text inserted is
// not searched again.
inline void replaceAll(std::string &text, const std::string &from, const std::string &to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

} // namespace unloadcheck
