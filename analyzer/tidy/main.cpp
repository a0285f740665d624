// unloadcheck-tidy: clang-tidy with the unloadcheck checks linked in, for
// where a plugin cannot be loaded (clangd, a clang-tidy built without plugin
// support). Same command line as clang-tidy.
#include "clang-tidy/tool/ClangTidyMain.h"

extern volatile int UnloadcheckModuleAnchorSource;
[[maybe_unused]] static int unloadcheckModuleAnchor = UnloadcheckModuleAnchorSource;

int main(int argc, const char **argv) { return clang::tidy::clangTidyMain(argc, argv); }
