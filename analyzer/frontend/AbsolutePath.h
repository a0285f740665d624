// The one spelling of a path the analysis uses for a file: absolute, with
// "." and ".." removed, so facts from different files and tools agree.
#pragma once

#include <string>

namespace unloadcheck {

std::string absolutePath(const std::string &path);

} // namespace unloadcheck
