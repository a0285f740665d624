// Lets one more consumer see every diagnostic of a compiler run whose
// diagnostics engine belongs to someone else (clang-tidy's), and gives the
// engine back as it was found.
#pragma once

#include "clang/Basic/Diagnostic.h"

#include <memory>

namespace unloadcheck::tidy {

class DiagnosticTap {
public:
  DiagnosticTap(clang::DiagnosticsEngine &engine, clang::DiagnosticConsumer &listener);
  // The engine outlives the tap (it belongs to the compiler instance, which
  // outlives clang-tidy's checks), so restoring it here is safe.
  ~DiagnosticTap();
  DiagnosticTap(const DiagnosticTap &) = delete;
  DiagnosticTap &operator=(const DiagnosticTap &) = delete;

private:
  clang::DiagnosticsEngine &engine_;
  clang::DiagnosticConsumer *original_;
  std::unique_ptr<clang::DiagnosticConsumer> ownedOriginal_;
};

} // namespace unloadcheck::tidy
