// Findings as clang prints diagnostics, so that editors, CI log parsers and
// people who know clang's output read them without learning a new format:
//
//   src/unload.c:12:6: warning: message [rule-id]
//      12 | VOID FooUnload(PDRIVER_OBJECT DriverObject);
//         |      ^
//   src/entry.c:40:5: note: related message
//      40 |     DriverObject->DriverUnload = FooUnload;
//         |     ^
#pragma once

#include "engine/Finding.h"
#include "report/SourceLines.h"

#include <string>
#include <vector>

namespace unloadcheck {

// `file` relative to `currentDir` when it lies under it, else unchanged
// (absolute). Both are absolute normalised paths; `currentDir` may end in a
// separator and may be empty (always absolute then).
std::string displayPath(const std::string &file, const std::string &currentDir);

class TextReporter {
public:
  // `currentDir` is the directory paths are shown relative to (the
  // process's working directory in the CLI); `sources` supplies snippets.
  TextReporter(std::string currentDir, SourceLines &sources);

  // The finding, its snippet and caret, then each related location as a
  // note with its own snippet. Every line ends in '\n'. A line that cannot
  // be read gets no snippet.
  std::string finding(const Finding &finding) const;

  // After a finding whose fix --fix applied, as clang-tidy says it:
  // "file:line:col: note: FIX-IT applied suggested code changes" at the
  // fix's first edit. Clang prints no fix-it line for an insertion of whole
  // lines, so nothing is said about a fix that was not applied.
  std::string fixApplied(const Finding &finding) const;

  // "unloadcheck: note: message [rule-id]", or "path:line:col: note: ..."
  // when the notification has a position; the level is the notification's.
  std::string notification(const Notification &notification) const;

  // "file:line:col" (no column part when the column is unknown).
  std::string position(const SourcePos &pos) const;

  // The source line of `pos` and a caret under its column, clang-style;
  // empty when the line cannot be read.
  std::string snippet(const SourcePos &pos) const;

private:
  std::string currentDir_;
  SourceLines &sources_;
};

// clang's closing line: "1 warning generated.", "2 warnings and 1 note
// generated.", "2 warnings, 1 error and 1 note generated."; "no findings."
// when there are none. Ends in '\n'.
std::string summaryLine(const std::vector<Finding> &findings);

} // namespace unloadcheck
