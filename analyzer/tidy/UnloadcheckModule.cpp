// The clang-tidy module: one check per rule of the built-in catalogue,
// registered with clang-tidy's module registry when the plugin is loaded
// (`clang-tidy --load=libunloadcheck-tidy-module.so`) or linked into
// unloadcheck-tidy.
#include "engine/RuleRegistry.h"
#include "tidy/RuleCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace unloadcheck::tidy {

namespace {

class UnloadcheckModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &factories) override {
    auto slot = std::make_shared<TuAnalysisSlot>();
    for (const RuleEntry &rule : builtinRuleEntries())
      factories.registerCheckFactory(rule.id, [slot](llvm::StringRef name, clang::tidy::ClangTidyContext *context) {
        return std::make_unique<RuleCheck>(name, context, slot->current(readSettings(context->getOptions().CheckOptions)));
      });
  }
};

clang::tidy::ClangTidyModuleRegistry::Add<UnloadcheckModule>
    registration("unloadcheck-module", "Checks that Windows kernel drivers unload correctly.");

} // namespace

} // namespace unloadcheck::tidy

// Referenced by unloadcheck-tidy's main so that a static link keeps the
// registration above.
volatile int UnloadcheckModuleAnchorSource = 0;
