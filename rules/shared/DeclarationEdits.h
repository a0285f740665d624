// Fix-its that insert whole lines before a routine's declaration, indented
// like it, with the file's own line ending.
#pragma once

#include "engine/Finding.h"

#include <optional>
#include <string>
#include <vector>

namespace unloadcheck {

// An edit inserting `lines` before `decl`; an empty string gives a blank
// line. Nothing when lines cannot be inserted there without judgement (see
// DeclFact::insertion). The lines go above a NOLINTNEXTLINE comment right
// before the declaration, which must keep silencing the declaration, not
// the first line inserted.
std::optional<TextEdit> insertLinesBefore(const DeclFact &decl, const std::vector<std::string> &lines,
                                          const std::vector<SuppressionComment> &suppressions);

} // namespace unloadcheck
