#include "report/TextOffsets.h"

namespace unloadcheck {
namespace {

// The offset just past the line break starting at `i`.
size_t skipLineBreak(const std::string &content, size_t i) {
  if (content[i] == '\r' && i + 1 < content.size() && content[i + 1] == '\n')
    return i + 2;
  return i + 1;
}

bool isLineBreak(char c) { return c == '\n' || c == '\r'; }

} // namespace

std::optional<size_t> byteOffset(const std::string &content, unsigned line, unsigned column) {
  if (line == 0 || column == 0)
    return std::nullopt;
  size_t start = 0;
  for (unsigned current = 1; current < line; ++current) {
    size_t i = start;
    while (i < content.size() && !isLineBreak(content[i]))
      ++i;
    if (i == content.size())
      return std::nullopt;
    start = skipLineBreak(content, i);
  }
  size_t end = start;
  while (end < content.size() && !isLineBreak(content[end]))
    ++end;
  if (column - 1 > end - start)
    return std::nullopt;
  return start + column - 1;
}

LineColumn lineColumnAt(const std::string &content, size_t offset) {
  LineColumn at;
  size_t lineStart = 0;
  for (size_t i = 0; i < offset && i < content.size();) {
    if (isLineBreak(content[i])) {
      i = skipLineBreak(content, i);
      if (i > offset) // inside "\r\n": still on this line
        break;
      ++at.line;
      lineStart = i;
    } else {
      ++i;
    }
  }
  at.column = static_cast<unsigned>(offset - lineStart + 1);
  return at;
}

} // namespace unloadcheck
