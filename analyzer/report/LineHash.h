// partialFingerprints.primaryLocationLineHash: what lets GitHub code
// scanning recognise a result again after the lines above it moved. It
// hashes what the result is about (rule and line text), never where the
// line is.
#pragma once

#include "facts/Facts.h"
#include "report/SourceLines.h"

#include <map>
#include <string>
#include <utility>

namespace unloadcheck {

// 16 hex digits of FNV-1a (64-bit) over the rule id and the line with runs
// of whitespace made one space and the ends trimmed, so re-indenting a line
// keeps its hash. A null `line` (file unreadable) hashes as an empty line.
std::string lineHash(const std::string &ruleId, const std::string *line);

// Hands out "hash:N" in result order, N counting results with the same
// hash in the same file (1 for the first), as GitHub's own fingerprints do.
// Counting per file, not per run, keeps a file's fingerprints unchanged when
// results in other files come or go.
class LineHasher {
public:
  explicit LineHasher(SourceLines &sources) : sources_(sources) {}

  std::string next(const std::string &ruleId, const SourcePos &pos);

private:
  SourceLines &sources_;
  std::map<std::pair<std::string, std::string>, unsigned> seen_; // (file, hash)
};

} // namespace unloadcheck
