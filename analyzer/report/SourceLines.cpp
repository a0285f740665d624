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

const std::vector<std::string> &SourceLines::load(const std::string &file) {
  auto found = files_.find(file);
  if (found != files_.end())
    return found->second;
  std::vector<std::string> lines;
  std::ifstream in(file, std::ios::binary);
  if (in) {
    std::ostringstream text;
    text << in.rdbuf();
    lines = splitLines(text.str());
  }
  return files_.emplace(file, std::move(lines)).first->second;
}

const std::string *SourceLines::line(const std::string &file, unsigned line) {
  const std::vector<std::string> &lines = load(file);
  if (line == 0 || line > lines.size())
    return nullptr;
  return &lines[line - 1];
}

void SourceLines::setContent(const std::string &file, const std::string &content) {
  files_[file] = splitLines(content);
}

} // namespace unloadcheck
