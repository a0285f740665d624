// SARIF's help.text is shown where Markdown is not rendered (consoles,
// older viewers): the rule page with the Markdown syntax taken out.
#pragma once

#include <string>

namespace unloadcheck {

// Headings lose their '#', inline code its backticks, bold and italic
// (`**x**`, `*x*`) their stars, links become "text (url)"; fenced code
// blocks lose their fences and are indented four spaces; runs of blank
// lines become one; no final newline. Underscores are left alone: in driver
// code they are part of names (`_Use_decl_annotations_`), not emphasis.
std::string markdownToText(const std::string &markdown);

} // namespace unloadcheck
