// Whether a file lies under a directory, for paths shown relative to the
// working directory and SARIF URIs relative to the source root.
#pragma once

#include <optional>
#include <string>

namespace unloadcheck {

// The part of `file` below `dir` ("src/a.c" for "/w/src/a.c" under "/w"),
// or nothing when `file` is not strictly inside `dir`. Both are absolute
// normalised paths; `dir` may end in a separator. Comparison is by bytes:
// a case-insensitive file system is the caller's to normalise.
std::optional<std::string> pathUnder(const std::string &file, const std::string &dir);

} // namespace unloadcheck
