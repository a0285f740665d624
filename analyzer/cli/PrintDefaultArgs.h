// --print-default-args: the embedded default's compiler arguments, one per
// line, for an editor's compile_flags.txt or clangd. The compatibility
// headers the analyzer serves from memory are written to a directory first,
// so that any clang can find them.
#pragma once

#include <string>

namespace unloadcheck {

// The directory used when none is given: $XDG_CACHE_HOME/unloadcheck/<version>/include,
// else ~/.cache/...; empty when neither variable is set.
std::string defaultCompatDirectory();

// Writes the headers to `directory` and prints the arguments to stdout.
// False, with a one-line `error`, when the headers cannot be written.
bool printDefaultArguments(const std::string &directory, std::string &error);

} // namespace unloadcheck
