#include "report/RuleList.h"

#include <algorithm>

namespace unloadcheck {

std::string ruleListText(const RuleCatalogue &catalogue) {
  size_t width = 0;
  for (const RuleMetadata &rule : catalogue.rules())
    width = std::max(width, rule.id.size());
  std::string text;
  for (const RuleMetadata &rule : catalogue.rules()) {
    std::string level = levelName(rule.level);
    text += rule.id + std::string(width + 2 - rule.id.size(), ' ') + level +
            std::string(9 - std::min<size_t>(level.size(), 8), ' ') + rule.shortDescription + "\n";
  }
  return text;
}

namespace {

// `_Use_decl_annotations_` would render as italics: code-quote SAL names.
std::string markdownText(const std::string &text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find_first_of(" ,;:", i);
    if (end == std::string::npos)
      end = text.size();
    std::string word = text.substr(i, end - i);
    out += word.size() > 1 && word.front() == '_' ? "`" + word + "`" : word;
    if (end < text.size())
      out += text[end];
    i = end + 1;
  }
  return out;
}

} // namespace

std::string ruleListMarkdown(const RuleCatalogue &catalogue) {
  std::string text = "| # | id | level | what it flags | where it points |\n"
                     "|---|---|---|---|---|\n";
  for (const RuleMetadata &rule : catalogue.rules())
    text += "| " + std::to_string(rule.number) + " | [`" + rule.id + "`](rules/" + rule.id + "/" +
            rule.id + ".md) | " + levelName(rule.level) + " | " + markdownText(rule.shortDescription) + " | " +
            rule.primaryLocation + " |\n";
  return text;
}

} // namespace unloadcheck
