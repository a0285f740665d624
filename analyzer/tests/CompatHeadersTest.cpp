// The embedded default parses driver code: every source under
// testdata/parse/ (C and C++, ntddk/ntifs/wdmsec, newer DDIs, SAL-heavy
// declarations) must parse with no error.
#include "frontend/CompileCommands.h"
#include "frontend/TranslationUnit.h"
#include "knowledge/KnowledgeBase.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace unloadcheck {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> parseSources() {
  std::vector<fs::path> sources;
  for (const auto &entry : fs::directory_iterator(fs::path(UNLOADCHECK_SOURCE_DIR) / "testdata" / "parse")) {
    std::string ext = entry.path().extension().string();
    if (ext == ".c" || ext == ".cpp")
      sources.push_back(entry.path());
  }
  std::sort(sources.begin(), sources.end());
  return sources;
}

TEST(CompatHeaders, DefaultArgumentsNameTheWindowsKernelTarget) {
  std::vector<std::string> args = embeddedDefaultArguments();
  EXPECT_NE(std::find(args.begin(), args.end(), "--target=x86_64-pc-windows-msvc"), args.end());
  EXPECT_NE(std::find(args.begin(), args.end(), std::string(kCompatIncludeDir)), args.end());
  for (const std::string &arg : args)
    EXPECT_EQ(arg.find('@'), std::string::npos) << "unresolved placeholder in " << arg;
}

TEST(CompatHeaders, EverySampleParsesWithoutErrors) {
  std::vector<fs::path> sources = parseSources();
  ASSERT_GE(sources.size(), 4u);
  bool sawCpp = false;
  for (const fs::path &source : sources) {
    TuFacts facts = analyzeTranslationUnit(source.string(), embeddedDefaultArguments(), KnowledgeBase::builtin());
    EXPECT_TRUE(facts.parsed) << source;
    EXPECT_EQ(facts.errorCount, 0u) << source << ": " << (facts.errors.empty() ? "" : facts.errors.front());
    EXPECT_TRUE(facts.missingHeaders.empty()) << source;
    EXPECT_TRUE(std::any_of(facts.functions.begin(), facts.functions.end(),
                            [](const FunctionFact &fn) { return fn.hasBody; }))
        << source << ": no function definition seen";
    sawCpp = sawCpp || source.extension() == ".cpp";
  }
  EXPECT_TRUE(sawCpp) << "no C++ driver among testdata/parse";
}

TEST(CompatHeaders, IncludesAreFoundWhateverTheirCase) {
  fs::path dir = fs::temp_directory_path() / ("unloadcheck-case-" + std::to_string(::getpid()));
  fs::create_directories(dir / "Inc");
  std::ofstream(dir / "Inc" / "widget.h") << "#define WIDGET_TAG 'tdiW'\n";
  std::ofstream(dir / "driver.c") << "#include <NTDDK.H>\n#include \"inc\\Widget.H\"\n"
                                     "ULONG Tag(void) { return WIDGET_TAG; }\n";
  TuFacts facts = analyzeTranslationUnit((dir / "driver.c").string(), embeddedDefaultArguments(),
                                         KnowledgeBase::builtin());
  fs::remove_all(dir);
  EXPECT_TRUE(facts.parsed);
  EXPECT_EQ(facts.errorCount, 0u) << (facts.errors.empty() ? "" : facts.errors.front());
  EXPECT_TRUE(facts.missingHeaders.empty());
}

} // namespace
} // namespace unloadcheck
