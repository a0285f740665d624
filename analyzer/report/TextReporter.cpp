#include "report/TextReporter.h"

#include "report/Paths.h"

#include <algorithm>

namespace unloadcheck {
namespace {

constexpr unsigned TabStop = 8; // clang's default -ftabstop

// UTF-8 continuation bytes occupy no column of their own on a terminal.
bool startsCharacter(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

struct DisplayLine {
  std::string text;    // tabs expanded
  unsigned caret = 0;  // 0-based display column of the position
};

// Clang's columns count bytes; what the terminal shows counts characters
// with tabs expanded, so both the line and the caret are converted.
DisplayLine toDisplay(const std::string &line, unsigned byteColumn) {
  DisplayLine shown;
  unsigned width = 0;
  size_t caretByte = byteColumn == 0 ? 0 : byteColumn - 1;
  for (size_t i = 0; i < line.size(); ++i) {
    if (i == caretByte)
      shown.caret = width;
    char c = line[i];
    if (c == '\t') {
      unsigned spaces = TabStop - width % TabStop;
      shown.text.append(spaces, ' ');
      width += spaces;
    } else {
      shown.text += c;
      if (startsCharacter(c))
        ++width;
    }
  }
  // A column just past the end (a missing semicolon) points after the text.
  if (caretByte >= line.size())
    shown.caret = width + static_cast<unsigned>(caretByte - line.size());
  return shown;
}

std::string plural(unsigned count, const char *noun) {
  std::string text = std::to_string(count) + " " + noun;
  if (count != 1)
    text += "s";
  return text;
}

} // namespace

std::string displayPath(const std::string &file, const std::string &currentDir) {
  return pathUnder(file, currentDir).value_or(file);
}

TextReporter::TextReporter(std::string currentDir, SourceLines &sources)
    : currentDir_(std::move(currentDir)), sources_(sources) {}

std::string TextReporter::position(const SourcePos &pos) const {
  // Appended piece by piece: GCC 12 warns (-Wrestrict, wrongly) about
  // `":" + std::to_string(...)`.
  std::string text = displayPath(pos.file, currentDir_);
  text += ':';
  text += std::to_string(pos.line);
  if (pos.column != 0) {
    text += ':';
    text += std::to_string(pos.column);
  }
  return text;
}

std::string TextReporter::snippet(const SourcePos &pos) const {
  const std::string *line = sources_.line(pos.file, pos.line);
  if (!line)
    return {};
  DisplayLine shown = toDisplay(*line, pos.column);
  std::string number = std::to_string(pos.line);
  // clang reserves at least four digits so that snippets of nearby lines
  // line up.
  size_t gutter = std::max<size_t>(4, number.size());
  std::string text = std::string(gutter + 1 - number.size(), ' ') + number + " | " +
                     shown.text + "\n";
  if (pos.column != 0)
    text += std::string(gutter + 2, ' ') + "| " + std::string(shown.caret, ' ') + "^\n";
  return text;
}

std::string TextReporter::finding(const Finding &finding) const {
  std::string text = position(finding.pos) + ": " + levelName(finding.level) + ": " +
                     finding.message + " [" + finding.ruleId + "]\n";
  text += snippet(finding.pos);
  for (const RelatedLocation &related : finding.related) {
    text += position(related.pos) + ": note: " + related.message + "\n";
    text += snippet(related.pos);
  }
  return text;
}

std::string TextReporter::fixApplied(const Finding &finding) const {
  if (!finding.fix || finding.fix->edits.empty())
    return {};
  return position(finding.fix->edits.front().pos) + ": note: FIX-IT applied suggested code changes\n";
}

std::string TextReporter::notification(const Notification &notification) const {
  std::string text = notification.pos.valid() ? position(notification.pos) : "unloadcheck";
  text += std::string(": ") + levelName(notification.level) + ": " + notification.message;
  if (!notification.ruleId.empty())
    text += " [" + notification.ruleId + "]";
  return text + "\n";
}

std::string summaryLine(const std::vector<Finding> &findings) {
  unsigned errors = 0, warnings = 0, notes = 0;
  for (const Finding &finding : findings) {
    switch (finding.level) {
    case Level::Error: ++errors; break;
    case Level::Warning: ++warnings; break;
    case Level::Note: ++notes; break;
    }
  }
  std::vector<std::string> parts;
  // clang names warnings before errors ("1 warning and 1 error generated.").
  if (warnings)
    parts.push_back(plural(warnings, "warning"));
  if (errors)
    parts.push_back(plural(errors, "error"));
  if (notes)
    parts.push_back(plural(notes, "note"));
  if (parts.empty())
    return "no findings.\n";
  std::string text = parts[0];
  for (size_t i = 1; i < parts.size(); ++i)
    text += (i + 1 == parts.size() ? " and " : ", ") + parts[i];
  return text + " generated.\n";
}

} // namespace unloadcheck
