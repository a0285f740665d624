// Running clang-tidy in tests the way an editor does: Debian's clang-tidy-19
// with the plugin loaded (or unloadcheck-tidy), on driver code parsed with
// the analyzer's default arguments.
#pragma once

#include <string>

namespace unloadcheck::testing {

// `--load='<plugin>' ` for Debian's clang-tidy.
std::string loadPluginOption();
// "'<clang-tidy-19>' --load='<plugin>' <options>".
std::string clangTidyWithPlugin(const std::string &options);
// "'<unloadcheck-tidy>' <options>".
std::string unloadcheckTidy(const std::string &options);
// " '<arg>' '<arg>' ...": `unloadcheck --print-default-args=<dir>`'s
// arguments, shell-quoted, for after clang-tidy's `--`.
const std::string &defaultArgumentsQuoted();

} // namespace unloadcheck::testing
