#include "engine/EmbeddedFiles.h"

namespace unloadcheck {

const std::string_view *findEmbeddedFile(std::string_view path) {
  for (const EmbeddedFile &file : embeddedFiles())
    if (file.path == path)
      return &file.content;
  return nullptr;
}

} // namespace unloadcheck
