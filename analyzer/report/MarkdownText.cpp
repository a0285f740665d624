#include "report/MarkdownText.h"

#include "report/SourceLines.h"

#include <cctype>
#include <vector>

namespace unloadcheck {
namespace {

bool isFence(const std::string &line) {
  size_t start = line.find_first_not_of(' ');
  return start != std::string::npos && start < 4 &&
         (line.compare(start, 3, "```") == 0 || line.compare(start, 3, "~~~") == 0);
}

std::string stripHeading(const std::string &line) {
  size_t hashes = line.find_first_not_of('#');
  if (hashes == 0 || hashes > 6 || hashes == std::string::npos || line[hashes] != ' ')
    return line;
  std::string text = line.substr(hashes + 1);
  // Closing hashes ("## Title ##") are decoration too.
  size_t end = text.find_last_not_of("# ");
  return end == std::string::npos ? std::string() : text.substr(0, end + 1);
}

std::string stripInline(const std::string &line) {
  std::string out;
  size_t i = 0;
  while (i < line.size()) {
    char c = line[i];
    if (c == '\\' && i + 1 < line.size() && std::ispunct(static_cast<unsigned char>(line[i + 1]))) {
      out += line[i + 1];
      i += 2;
      continue;
    }
    if (c == '`') {
      size_t run = line.find_first_not_of('`', i);
      size_t ticks = (run == std::string::npos ? line.size() : run) - i;
      std::string fence(ticks, '`');
      size_t close = line.find(fence, i + ticks);
      if (close != std::string::npos) {
        out += line.substr(i + ticks, close - i - ticks); // code is verbatim
        i = close + ticks;
        continue;
      }
    }
    bool image = c == '!' && i + 1 < line.size() && line[i + 1] == '[';
    if (c == '[' || image) {
      size_t open = image ? i + 1 : i;
      size_t textEnd = line.find("](", open + 1);
      if (textEnd != line.find(']', open + 1))
        textEnd = std::string::npos; // "[a] and [b](c)": only [b] is a link
      size_t urlEnd = textEnd == std::string::npos ? textEnd : line.find(')', textEnd + 2);
      if (urlEnd != std::string::npos) {
        std::string text = stripInline(line.substr(open + 1, textEnd - open - 1));
        std::string url = line.substr(textEnd + 2, urlEnd - textEnd - 2);
        out += image || text == url || url.empty() ? text : text + " (" + url + ")";
        i = urlEnd + 1;
        continue;
      }
    }
    if (c == '*') {
      size_t stars = line.compare(i, 2, "**") == 0 ? 2 : 1;
      std::string marker(stars, '*');
      size_t inner = i + stars;
      bool opens = inner < line.size() && line[inner] != ' ' && line[inner] != '*' &&
                   (i == 0 || !std::isalnum(static_cast<unsigned char>(line[i - 1])));
      size_t close = opens ? line.find(marker, inner + 1) : std::string::npos;
      if (close != std::string::npos && line[close - 1] != ' ') {
        out += stripInline(line.substr(inner, close - inner));
        i = close + stars;
        continue;
      }
    }
    out += c;
    ++i;
  }
  return out;
}

} // namespace

std::string markdownToText(const std::string &markdown) {
  std::vector<std::string> lines;
  bool inCode = false;
  for (const std::string &line : SourceLines::splitLines(markdown)) {
    if (isFence(line)) {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      lines.push_back(line.empty() ? line : "    " + line);
      continue;
    }
    std::string text = stripInline(stripHeading(line));
    bool blank = text.find_first_not_of(" \t") == std::string::npos;
    if (blank && (lines.empty() || lines.back().empty()))
      continue;
    lines.push_back(blank ? std::string() : text);
  }
  while (!lines.empty() && lines.back().empty())
    lines.pop_back();
  std::string text;
  for (const std::string &line : lines)
    text += (text.empty() ? "" : "\n") + line;
  return text;
}

} // namespace unloadcheck
