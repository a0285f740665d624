// What a rule reports, and what the tool says about its own run.
#pragma once

#include "facts/Facts.h"

#include <optional>
#include <string>
#include <vector>

namespace unloadcheck {

enum class Level { Note, Warning, Error };

const char *levelName(Level level); // "note", "warning", "error"
bool parseLevel(const std::string &text, Level &level);

struct RelatedLocation {
  SourcePos pos;
  std::string message;
};

// One text edit: remove `length` bytes at `pos` (a byte column, as clang
// counts), then insert `text` there.
struct TextEdit {
  SourcePos pos;
  unsigned length = 0;
  std::string text;

  bool operator==(const TextEdit &) const = default;
};

// A mechanical fix for a finding, applied by `clang-tidy --fix` and
// `unloadcheck --fix`, exported for clang-apply-replacements and in SARIF.
struct Fix {
  std::string description; // "insert 'DRIVER_UNLOAD SampleUnload;' before the routine"
  std::vector<TextEdit> edits;

  bool operator==(const Fix &) const = default;
};

struct Finding {
  std::string ruleId;
  Level level = Level::Warning; // filled in from the rule's metadata, never by the rule
  std::string message;
  SourcePos pos;
  std::vector<RelatedLocation> related;
  // The path that leads to the defect, step by step (SARIF codeFlows); the
  // last step is the finding's own location.
  std::vector<RelatedLocation> flow;
  // Which of the rule's kinds of finding this is, when the catalogue gives
  // that kind a level of its own (rules.json "variants"); empty otherwise.
  std::string variant;
  // At most one fix; a finding whose repair needs judgement has none.
  std::optional<Fix> fix;
  // Silenced by a NOLINT comment: left out of the output unless asked for.
  bool suppressed = false;

  // Stable report order: file, line, column, rule, message.
  bool operator<(const Finding &other) const;
};

// Something the tool could not see or do, said once per run
// (SARIF toolExecutionNotifications; "unloadcheck: note:" on stderr).
struct Notification {
  Level level = Level::Note;
  std::string message;
  SourcePos pos; // optional
  std::string ruleId; // optional: the rule whose analysis was affected

  bool operator<(const Notification &other) const;
  bool operator==(const Notification &other) const;
};

} // namespace unloadcheck
