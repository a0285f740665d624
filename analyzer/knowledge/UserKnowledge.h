// The user's own register/release pairs: files given with --knowledge, and
// the project's `.unloadcheck.json`, found next to the sources the way
// clang-tidy finds `.clang-tidy` (the input's directory, then its parents).
#pragma once

#include "knowledge/KnowledgeBase.h"

#include <string>
#include <vector>

namespace unloadcheck {

inline constexpr const char *kProjectKnowledgeFile = ".unloadcheck.json";

// The nearest `.unloadcheck.json` of each input (file or directory), each
// file once, in the order the inputs are given.
std::vector<std::string> findProjectKnowledge(const std::vector<std::string> &inputs);

// The built-in knowledge extended with `files`. On a file that cannot be
// read or is invalid, returns false with a one-line message naming it.
bool loadKnowledge(const std::vector<std::string> &files, KnowledgeBase &out, std::string &error);

} // namespace unloadcheck
