// Files built into the binary: the rule catalogue and pages, the knowledge
// base and the WDK-compatibility headers. Paths are relative to the source
// tree's root ("rules/rules.json", "analyzer/wdk-compat/wdm.h").
#pragma once

#include <string_view>
#include <vector>

namespace unloadcheck {

struct EmbeddedFile {
  std::string_view path;
  std::string_view content;
};

const std::vector<EmbeddedFile> &embeddedFiles();

// The content of an embedded file, or nullptr when there is none at `path`.
const std::string_view *findEmbeddedFile(std::string_view path);

} // namespace unloadcheck
