#include "tidy/DiagnosticTap.h"

#include "clang/Frontend/ChainedDiagnosticConsumer.h"

namespace unloadcheck::tidy {

DiagnosticTap::DiagnosticTap(clang::DiagnosticsEngine &engine, clang::DiagnosticConsumer &listener)
    : engine_(engine), original_(engine.getClient()), ownedOriginal_(engine.takeClient()) {
  engine_.setClient(new clang::ChainedDiagnosticConsumer(
                        original_, std::make_unique<clang::ForwardingDiagnosticConsumer>(listener)),
                    /*ShouldOwnClient=*/true);
}

DiagnosticTap::~DiagnosticTap() {
  if (ownedOriginal_)
    engine_.setClient(ownedOriginal_.release(), /*ShouldOwnClient=*/true);
  else
    engine_.setClient(original_, /*ShouldOwnClient=*/false);
}

} // namespace unloadcheck::tidy
