// The files `unloadcheck --fix` may rewrite: what the user pointed it at,
// never a header found elsewhere on the include path.
#pragma once

#include "engine/Analyzer.h"

#include <functional>
#include <string>
#include <vector>

namespace unloadcheck {

// True for the driver's source files and for any file below a directory
// among `inputs`. Paths are absolute and normalised, as findings give them.
std::function<bool(const std::string &)> fixTargets(const std::vector<std::string> &inputs,
                                                    const std::vector<SourceFile> &sources);

} // namespace unloadcheck
