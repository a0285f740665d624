#include "report/SourceLines.h"

#include <fstream>
#include <sstream>

namespace unloadcheck {

std::vector<std::string> SourceLines::splitLines(const std::string &content) {
  std::vector<std::string> lines;
  std::string current;
  for (size_t i = 0; i < content.size(); ++i) {
    char c = content[i];
    if (c == '\n' || c == '\r') {
      lines.push_back(std::move(current));
      current.clear();
      if (c == '\r' && i + 1 < content.size() && content[i + 1] == '\n')
        ++i;
    } else {
      current += c;
    }
  }
  // A last line without a newline is still a line; a final newline does not
  // start one.
  if (!current.empty())
    lines.push_back(std::move(current));
  return lines;
}

const SourceLines::Text &SourceLines::load(const std::string &file) {
  auto found = files_.find(file);
  if (found != files_.end())
    return found->second;
  Text text;
  std::ifstream in(file, std::ios::binary);
  if (in) {
    std::ostringstream content;
    content << in.rdbuf();
    text.readable = true;
    text.content = content.str();
    text.lines = splitLines(text.content);
  }
  return files_.emplace(file, std::move(text)).first->second;
}

const std::string *SourceLines::line(const std::string &file, unsigned line) {
  const std::vector<std::string> &lines = load(file).lines;
  if (line == 0 || line > lines.size())
    return nullptr;
  return &lines[line - 1];
}

const std::string *SourceLines::content(const std::string &file) {
  const Text &text = load(file);
  return text.readable ? &text.content : nullptr;
}

void SourceLines::setContent(const std::string &file, const std::string &content) {
  files_[file] = Text{true, content, splitLines(content)};
}

} // namespace unloadcheck
