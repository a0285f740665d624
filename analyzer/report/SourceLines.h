// The text of source lines, for snippets under diagnostics and for SARIF
// fingerprints. Reporters ask for a handful of lines per finding, mostly
// in the same few files, so each file is read once and kept.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace unloadcheck {

class SourceLines {
public:
  // The 1-based `line` of `file` without its line ending, or nullptr when the
  // file cannot be read or has fewer lines. The pointer stays valid until
  // setContent() replaces that file or the cache is destroyed.
  const std::string *line(const std::string &file, unsigned line);

  // The whole text of `file`, line endings included, or nullptr when it
  // cannot be read. Fixes are computed on it, and a fixed file's old text
  // stays here for the snippets and fingerprints of the findings.
  const std::string *content(const std::string &file);

  // Uses `content` for `file` instead of what is on disk: editor buffers,
  // files the front end read from memory, tests.
  void setContent(const std::string &file, const std::string &content);

  // Splits like clang's lexer: "\n", "\r\n" and a lone "\r" all end a line.
  static std::vector<std::string> splitLines(const std::string &content);

private:
  // An unreadable file is cached as having no lines: asking again would
  // fail again.
  struct Text {
    bool readable = false;
    std::string content;
    std::vector<std::string> lines;
  };
  const Text &load(const std::string &file);

  std::unordered_map<std::string, Text> files_;
};

} // namespace unloadcheck
