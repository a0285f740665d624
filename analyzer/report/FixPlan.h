// Which findings' fixes can be applied together, and what they make of the
// files: the one plan behind `unloadcheck --fix` and `--export-fixes`, so
// that clang-apply-replacements on the exported file writes what --fix
// writes.
#pragma once

#include "engine/Finding.h"
#include "report/SourceLines.h"

#include <functional>
#include <string>
#include <vector>

namespace unloadcheck {

// A TextEdit as a byte range of the file's text.
struct ByteEdit {
  std::string file;
  size_t offset = 0;
  size_t length = 0;
  std::string text;
};

struct FixedFile {
  std::string path;
  std::string content;    // the text with the fixes applied
  unsigned findings = 0;  // how many findings' fixes changed it
};

struct FixPlan {
  // Per finding, in the order given: the edits of its fix when the plan
  // applies it, else empty.
  std::vector<std::vector<ByteEdit>> edits;
  std::vector<FixedFile> files; // sorted by path
  // Why fixes were left out, one sentence each ("...: it overlaps ...").
  std::vector<std::string> skipped;

  bool applies(size_t finding) const { return !edits[finding].empty(); }
};

// Applies the fixes of `findings` in order; a fix goes in whole or not at
// all. It is left out when one of its edits is in a file `editable`
// refuses, in a file that cannot be read, at a position the file does not
// have, or overlaps an edit already taken (two insertions at one offset
// overlap: their order would be a guess). Files are read through `sources`,
// which keeps their old text.
FixPlan planFixes(const std::vector<Finding> &findings,
                  const std::function<bool(const std::string &)> &editable, SourceLines &sources);

// Writes a fixed file atomically, keeping its permissions, through a
// symbolic link to its target. On failure sets `error` ("cannot write ...").
bool writeFixedFile(const FixedFile &file, std::string &error);

} // namespace unloadcheck
