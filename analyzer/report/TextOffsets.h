// Clang's positions (1-based line, byte column) as byte offsets into a
// file's text and back, for tools that address edits by offset
// (clang-apply-replacements) or by region (SARIF).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace unloadcheck {

// The offset of `line`:`column` in `content`, or nothing when the file has
// no such line or the line is shorter (the column just past its last byte,
// where its line ending starts, is valid). Lines end as clang's lexer says:
// "\n", "\r\n" or a lone "\r".
std::optional<size_t> byteOffset(const std::string &content, unsigned line, unsigned column);

struct LineColumn {
  unsigned line = 1;
  unsigned column = 1; // bytes
};

// The line and byte column of `offset` (at most content.size()).
LineColumn lineColumnAt(const std::string &content, size_t offset);

} // namespace unloadcheck
