// Output files (SARIF logs, baselines) are read by CI steps that may run
// after a crash or a kill: a reader must see the old file, the new one, or
// none, never half of one.
#pragma once

#include <string>

namespace unloadcheck {

// Writes `content` to a new file in the same directory as `path`, then
// renames it over `path`, which is atomic on POSIX and on NTFS. On failure
// returns false, removes the temporary file, leaves `path` as it was, and
// sets `error` to "cannot write 'PATH': REASON".
bool writeFileAtomically(const std::string &path, const std::string &content,
                         std::string &error);

} // namespace unloadcheck
