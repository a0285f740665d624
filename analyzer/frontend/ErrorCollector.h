// Records a compiler run's error diagnostics: their text for the user (at
// most a few), their count, and their offsets, so that the functions that
// hold errors can be told apart from the ones that parsed cleanly.
#pragma once

#include "facts/Facts.h"

#include "clang/Basic/Diagnostic.h"

#include <vector>

namespace unloadcheck {

// Where an error diagnostic points, to tell which functions hold errors.
struct ErrorLocation {
  clang::FileID file;
  unsigned offset = 0;
};

class ErrorCollector : public clang::DiagnosticConsumer {
public:
  explicit ErrorCollector(TuFacts &facts) : facts_(facts) {}

  void HandleDiagnostic(clang::DiagnosticsEngine::Level level, const clang::Diagnostic &info) override;

  const std::vector<ErrorLocation> &locations() const { return locations_; }

private:
  TuFacts &facts_;
  std::vector<ErrorLocation> locations_;
};

} // namespace unloadcheck
