// Fix-its end to end: `unloadcheck --fix` on copies of the drivers in
// testdata/fixes/, the fixed text compared with the `.fixed` files beside
// them, the fixed driver parsed and analysed again, and `--export-fixes`
// applied by clang-apply-replacements giving the same text. Then the
// pieces: byte offsets, the fix plan, the YAML.
#include "engine/Analyzer.h"
#include "engine/RuleMetadata.h"
#include "frontend/DriverSources.h"
#include "knowledge/KnowledgeBase.h"
#include "report/FixExport.h"
#include "report/FixPlan.h"
#include "report/TextOffsets.h"
#include "support/ClangTidyRun.h"
#include "support/TestDrivers.h"

#include "clang/Tooling/DiagnosticsYaml.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace unloadcheck {
namespace {

namespace fs = std::filesystem;

const fs::path kFixes = testing::testdataDir() / "fixes";

void writeFile(const fs::path &path, const std::string &content) {
  std::ofstream(path, std::ios::binary) << content;
}

using RunResult = testing::CommandResult;
using testing::readFile;
using testing::runCommand;

RunResult unloadcheck(const std::string &args, const fs::path &scratch) {
  return runCommand("'" + std::string(UNLOADCHECK_BINARY) + "' " + args, scratch);
}

// clang-tools-19, which tools/setup.sh installs: its absence is a failure.
std::string clangApplyReplacements() {
  for (const char *candidate :
       {"/usr/lib/llvm-19/bin/clang-apply-replacements", "/usr/bin/clang-apply-replacements-19"})
    if (fs::exists(candidate))
      return candidate;
  return {};
}

using testing::isDriverSource;

// A driver of testdata/fixes/: a file, or a folder of files and headers.
struct FixCase {
  testing::DriverCase driver;
  fs::path path; // the file, or the folder
};

void PrintTo(const FixCase &fixCase, std::ostream *os) { *os << fixCase.driver.name; }

std::vector<FixCase> fixCases() {
  std::vector<FixCase> cases;
  for (testing::DriverCase &driver : testing::discoverDriverCases())
    if (driver.name.rfind("fixes/", 0) == 0) {
      fs::path path = driver.folder.empty() ? driver.sources.front() : driver.folder;
      cases.push_back({std::move(driver), std::move(path)});
    }
  return cases;
}

// The files of a driver that a fix may change, relative to its folder (or
// the file's own name).
std::vector<fs::path> editableFiles(const fs::path &driver) {
  if (!fs::is_directory(driver))
    return {driver.filename()};
  std::vector<fs::path> files;
  for (const fs::directory_entry &entry : fs::directory_iterator(driver))
    if (isDriverSource(entry.path()) || entry.path().extension() == ".h")
      files.push_back(entry.path().filename());
  std::sort(files.begin(), files.end());
  return files;
}

// What `file` should read after --fix: its `.fixed` twin, or itself when
// it has none (nothing to fix there).
std::string expectedAfterFix(const fs::path &file) {
  fs::path fixed = file;
  fixed += ".fixed";
  return readFile(fs::exists(fixed) ? fixed : file);
}

AnalysisResult analyze(const fs::path &driver) {
  SourceRequest request;
  request.inputs.push_back(driver.string());
  std::vector<SourceFile> sources;
  std::string error;
  EXPECT_TRUE(collectDriverSources(request, sources, error)) << error;
  return analyzeDriver(sources, AnalysisOptions{}, KnowledgeBase::builtin(), RuleCatalogue::builtin());
}

// What a driver says is left after --fix: `// after-fix: <rule-id> "fragment"`
// comments, one per finding that gets no fix (their lines move, so only the
// rule and the message are compared). None: a fixed driver is silent.
struct Remaining {
  std::string rule, fragment;
};

std::vector<Remaining> remainingAfterFix(const fs::path &driver) {
  static const std::regex comment(R"re(//\s*after-fix:\s*([a-z0-9-]+)\s+"([^"]*)")re");
  std::vector<Remaining> remaining;
  for (const fs::path &file : editableFiles(driver)) {
    std::istringstream lines(readFile(fs::is_directory(driver) ? driver / file : driver));
    for (std::string line; std::getline(lines, line);) {
      std::smatch match;
      if (std::regex_search(line, match, comment))
        remaining.push_back({match[1].str(), match[2].str()});
    }
  }
  return remaining;
}

class FixRoundTrip : public ::testing::TestWithParam<FixCase> {
protected:
  void SetUp() override {
    scratch_ = fs::temp_directory_path() /
               ("unloadcheck-fixes-" + std::to_string(::getpid()) + "-" + testing::driverCaseTestName(GetParam().driver));
    fs::remove_all(scratch_);
    fs::create_directories(scratch_ / "fix");
    fs::create_directories(scratch_ / "export");
  }
  void TearDown() override { fs::remove_all(scratch_); }

  // A copy of the driver under `where`, without the .fixed files.
  fs::path copyDriver(const std::string &where) {
    const fs::path from = GetParam().path;
    const fs::path to = scratch_ / where / from.filename();
    fs::create_directories(scratch_ / where);
    if (fs::is_directory(from)) {
      fs::create_directories(to);
      for (const fs::path &file : editableFiles(from))
        fs::copy_file(from / file, to / file);
    } else {
      fs::copy_file(from, to);
    }
    return to;
  }

  fs::path scratch_;
};

TEST_P(FixRoundTrip, FixedDriverMatchesExpectedAndIsSilentForTheFixedRules) {
  const fs::path original = GetParam().path;
  const fs::path copy = copyDriver("fix");
  RunResult fix = unloadcheck("--fix --fail-on=never '" + copy.string() + "'", scratch_);
  ASSERT_EQ(fix.status, 0) << fix.err;

  unsigned changed = 0;
  for (const fs::path &file : editableFiles(original)) {
    const fs::path source = fs::is_directory(original) ? original / file : original;
    const fs::path fixed = fs::is_directory(copy) ? copy / file : copy;
    EXPECT_EQ(readFile(fixed), expectedAfterFix(source)) << file << " after --fix";
    if (readFile(fixed) != readFile(source))
      ++changed;
  }
  size_t fixedLines = 0;
  for (size_t at = fix.err.find("unloadcheck: fixed "); at != std::string::npos;
       at = fix.err.find("unloadcheck: fixed ", at + 1))
    ++fixedLines;
  EXPECT_EQ(fixedLines, changed) << fix.err;

  // The fixed driver still compiles, and only the findings that had no fix
  // are left.
  AnalysisResult after = analyze(copy);
  ASSERT_FALSE(after.units.empty());
  for (const TuFacts &unit : after.units) {
    EXPECT_TRUE(unit.parsed) << unit.mainFile;
    EXPECT_EQ(unit.errorCount, 0u) << unit.mainFile << ": " << (unit.errors.empty() ? "" : unit.errors.front());
  }
  std::vector<Remaining> remaining = remainingAfterFix(original);
  for (const Finding &finding : after.findings) {
    auto expected = std::find_if(remaining.begin(), remaining.end(), [&](const Remaining &r) {
      return r.rule == finding.ruleId && finding.message.find(r.fragment) != std::string::npos;
    });
    if (expected == remaining.end()) {
      ADD_FAILURE() << "left after --fix: [" << finding.ruleId << "] " << finding.message;
      continue;
    }
    EXPECT_FALSE(finding.fix) << "a finding left after --fix has a fix: " << finding.message;
    remaining.erase(expected);
  }
  for (const Remaining &r : remaining)
    ADD_FAILURE() << "expected after --fix, not reported: [" << r.rule << "] " << r.fragment;
}

TEST_P(FixRoundTrip, ExportedFixesApplyLikeFix) {
  const std::string apply = clangApplyReplacements();
  ASSERT_FALSE(apply.empty()) << "clang-apply-replacements not found (install clang-tools-19)";
  const fs::path fixCopy = copyDriver("fix");
  ASSERT_EQ(unloadcheck("--fix --fail-on=never '" + fixCopy.string() + "'", scratch_).status, 0);

  const fs::path exportCopy = copyDriver("export");
  const fs::path yaml = scratch_ / "export" / "fixes.yaml";
  RunResult exported =
      unloadcheck("--export-fixes='" + yaml.string() + "' --fail-on=never '" + exportCopy.string() + "'",
                  scratch_);
  ASSERT_EQ(exported.status, 0) << exported.err;
  ASSERT_TRUE(fs::exists(yaml));
  for (const fs::path &file : editableFiles(GetParam().path)) {
    const fs::path source = fs::is_directory(GetParam().path) ? GetParam().path / file : GetParam().path;
    const fs::path copy = fs::is_directory(exportCopy) ? exportCopy / file : exportCopy;
    EXPECT_EQ(readFile(copy), readFile(source)) << "--export-fixes alone must not change " << file;
  }

  RunResult applied = runCommand("'" + apply + "' '" + (scratch_ / "export").string() + "'", scratch_);
  ASSERT_EQ(applied.status, 0) << applied.err << readFile(yaml);
  for (const fs::path &file : editableFiles(GetParam().path)) {
    const fs::path byExport = fs::is_directory(exportCopy) ? exportCopy / file : exportCopy;
    const fs::path byFix = fs::is_directory(fixCopy) ? fixCopy / file : fixCopy;
    EXPECT_EQ(readFile(byExport), readFile(byFix)) << file << ": clang-apply-replacements and --fix differ";
  }
}

// clang-tidy --fix with the plugin gives the text unloadcheck --fix gives:
// the same fixes reach the editor as fix-its.
TEST_P(FixRoundTrip, ClangTidyFixAppliesLikeFix) {
  const fs::path fixCopy = copyDriver("fix");
  ASSERT_EQ(unloadcheck("--fix --fail-on=never '" + fixCopy.string() + "'", scratch_).status, 0);

  const fs::path tidyCopy = copyDriver("tidy");
  for (const fs::path &file : editableFiles(GetParam().path)) {
    const fs::path source = fs::is_directory(tidyCopy) ? tidyCopy / file : tidyCopy;
    if (!isDriverSource(source))
      continue;
    RunResult fixed = runCommand(testing::clangTidyWithPlugin("--checks='-*,driver-*' --header-filter='.*' --fix '" +
                                                              source.string() + "' --" +
                                                              testing::defaultArgumentsQuoted()),
                                 scratch_);
    ASSERT_NE(fixed.status, -1) << fixed.err;
  }
  for (const fs::path &file : editableFiles(GetParam().path)) {
    const fs::path byTidy = fs::is_directory(tidyCopy) ? tidyCopy / file : tidyCopy;
    const fs::path byFix = fs::is_directory(fixCopy) ? fixCopy / file : fixCopy;
    EXPECT_EQ(readFile(byTidy), readFile(byFix)) << file << ": clang-tidy --fix and unloadcheck --fix differ";
  }
}

INSTANTIATE_TEST_SUITE_P(Testdata, FixRoundTrip, ::testing::ValuesIn(fixCases()),
                         [](const ::testing::TestParamInfo<FixCase> &info) {
                           return testing::driverCaseTestName(info.param.driver);
                         });

// A file written with CRLF line endings gets CRLF in the lines inserted.
TEST(FixLineEndings, CrlfFileGetsCrlfLines) {
  const fs::path scratch = fs::temp_directory_path() / ("unloadcheck-fixes-crlf-" + std::to_string(::getpid()));
  fs::remove_all(scratch);
  fs::create_directories(scratch);
  auto crlf = [](const std::string &text) {
    std::string converted;
    for (char c : text) {
      if (c == '\n')
        converted += '\r';
      converted += c;
    }
    return converted;
  };
  const fs::path driver = scratch / "role-type-prototype.c";
  writeFile(driver, crlf(readFile(kFixes / "role-type-prototype.c")));
  RunResult fix = unloadcheck("--fix '" + driver.string() + "'", scratch);
  EXPECT_EQ(fix.status, 0) << fix.out << fix.err;
  EXPECT_EQ(readFile(driver), crlf(readFile(kFixes / "role-type-prototype.c.fixed")));
  fs::remove_all(scratch);
}

TEST(TextOffsets, LinesEndLikeClangSays) {
  const std::string text = "ab\r\ncd\ref\ngh";
  EXPECT_EQ(byteOffset(text, 1, 1), 0u);
  EXPECT_EQ(byteOffset(text, 1, 3), 2u); // the end of the line, before "\r\n"
  EXPECT_EQ(byteOffset(text, 1, 4), std::nullopt);
  EXPECT_EQ(byteOffset(text, 2, 2), 5u);
  EXPECT_EQ(byteOffset(text, 3, 1), 7u); // after a lone "\r"
  EXPECT_EQ(byteOffset(text, 4, 3), 12u);
  EXPECT_EQ(byteOffset(text, 5, 1), std::nullopt);
  EXPECT_EQ(byteOffset(text, 0, 1), std::nullopt);
  for (size_t offset : {0u, 2u, 4u, 5u, 7u, 10u, 12u}) {
    LineColumn at = lineColumnAt(text, offset);
    EXPECT_EQ(byteOffset(text, at.line, at.column), offset) << offset;
  }
  LineColumn end = lineColumnAt("a\n", 2);
  EXPECT_EQ(end.line, 2u);
  EXPECT_EQ(end.column, 1u);
}

Finding withFix(const std::string &file, unsigned line, std::vector<TextEdit> edits) {
  Finding finding;
  finding.ruleId = "driver-role-type";
  finding.message = "m";
  finding.pos = {file, line, 1};
  finding.fix = Fix{"insert", std::move(edits)};
  return finding;
}

class FixPlanTest : public ::testing::Test {
protected:
  void SetUp() override {
    sources_.setContent("/d/a.c", "line1\nline2\nline3\n");
    sources_.setContent("/d/b.h", "header\n");
    sources_.setContent("/elsewhere/c.h", "other\n");
  }
  FixPlan plan(const std::vector<Finding> &findings) {
    return planFixes(findings, [](const std::string &file) { return file.rfind("/d/", 0) == 0; }, sources_);
  }
  SourceLines sources_;
};

TEST_F(FixPlanTest, AppliesEditsBackToFrontAndCountsFindingsPerFile) {
  FixPlan result = plan({
      withFix("/d/a.c", 1, {{{"/d/a.c", 1, 1}, 0, "A\n"}, {{"/d/b.h", 1, 1}, 0, "B\n"}}),
      withFix("/d/a.c", 3, {{{"/d/a.c", 3, 1}, 0, "C\n"}}),
      withFix("/d/a.c", 2, {{{"/d/a.c", 2, 5}, 1, "X"}}), // replaces "2"
  });
  ASSERT_EQ(result.files.size(), 2u);
  EXPECT_EQ(result.files[0].path, "/d/a.c");
  EXPECT_EQ(result.files[0].content, "A\nline1\nlineX\nC\nline3\n");
  EXPECT_EQ(result.files[0].findings, 3u);
  EXPECT_EQ(result.files[1].content, "B\nheader\n");
  EXPECT_EQ(result.files[1].findings, 1u);
  EXPECT_TRUE(result.applies(0) && result.applies(1) && result.applies(2));
  EXPECT_EQ(result.edits[2][0].offset, 10u);
  EXPECT_TRUE(result.skipped.empty());
  EXPECT_EQ(*sources_.content("/d/a.c"), "line1\nline2\nline3\n") << "the old text stays for the reporters";
}

TEST_F(FixPlanTest, FirstOfOverlappingFixesWinsAndAFixGoesInWholeOrNotAtAll) {
  FixPlan result = plan({
      withFix("/d/a.c", 1, {{{"/d/a.c", 1, 1}, 0, "A\n"}}),
      // Inserts at the same place: which goes first would be a guess.
      withFix("/d/a.c", 1, {{{"/d/a.c", 1, 1}, 0, "B\n"}}),
      // Its second edit overlaps, so its first is not applied either.
      withFix("/d/a.c", 2, {{{"/d/b.h", 1, 1}, 0, "B\n"}, {{"/d/a.c", 1, 1}, 3, "x"}}),
      // Outside the files given.
      withFix("/d/a.c", 3, {{{"/elsewhere/c.h", 1, 1}, 0, "C\n"}, {{"/d/a.c", 3, 1}, 0, "C\n"}}),
      // A position the file does not have.
      withFix("/d/a.c", 3, {{{"/d/a.c", 9, 1}, 0, "D\n"}}),
  });
  EXPECT_TRUE(result.applies(0));
  for (size_t i = 1; i < 5; ++i)
    EXPECT_FALSE(result.applies(i)) << i;
  ASSERT_EQ(result.files.size(), 1u);
  EXPECT_EQ(result.files[0].content, "A\nline1\nline2\nline3\n");
  ASSERT_EQ(result.skipped.size(), 4u);
  EXPECT_NE(result.skipped[0].find("overlaps the fix of another finding"), std::string::npos)
      << result.skipped[0];
  EXPECT_NE(result.skipped[2].find("'/elsewhere/c.h' is not among the files given"), std::string::npos)
      << result.skipped[2];
  EXPECT_NE(result.skipped[3].find("has changed since it was analysed"), std::string::npos)
      << result.skipped[3];
}

TEST_F(FixPlanTest, ExportedYamlReadsBackWithClangsOwnTraits) {
  std::vector<Finding> findings = {
      withFix("/d/a.c", 2, {{{"/d/a.c", 2, 1}, 0, "DRIVER_UNLOAD X;\n"}}),
      withFix("/d/a.c", 3, {}),
  };
  findings[1].fix.reset();
  findings[1].level = Level::Note;
  findings[1].related = {{{"/d/b.h", 1, 3}, "stored here"}};
  FixPlan result = plan(findings);
  std::string yaml = exportFixesYaml(findings, result, "/d/a.c", "/build", sources_);

  clang::tooling::TranslationUnitDiagnostics document;
  llvm::yaml::Input input(yaml);
  input >> document;
  ASSERT_FALSE(input.error()) << yaml;
  EXPECT_EQ(document.MainSourceFile, "/d/a.c");
  ASSERT_EQ(document.Diagnostics.size(), 2u);
  const clang::tooling::Diagnostic &first = document.Diagnostics[0];
  EXPECT_EQ(first.DiagnosticName, "driver-role-type");
  EXPECT_EQ(first.DiagLevel, clang::tooling::Diagnostic::Warning);
  EXPECT_EQ(first.BuildDirectory, "/build");
  EXPECT_EQ(first.Message.FilePath, "/d/a.c");
  EXPECT_EQ(first.Message.FileOffset, 6u);
  ASSERT_EQ(first.Message.Fix.count("/d/a.c"), 1u);
  const clang::tooling::Replacements &replacements = first.Message.Fix.find("/d/a.c")->second;
  ASSERT_EQ(replacements.size(), 1u);
  EXPECT_EQ(replacements.begin()->getOffset(), 6u);
  EXPECT_EQ(replacements.begin()->getLength(), 0u);
  EXPECT_EQ(replacements.begin()->getReplacementText(), "DRIVER_UNLOAD X;\n");
  const clang::tooling::Diagnostic &second = document.Diagnostics[1];
  EXPECT_EQ(second.DiagLevel, clang::tooling::Diagnostic::Remark);
  EXPECT_TRUE(second.Message.Fix.empty());
  ASSERT_EQ(second.Notes.size(), 1u);
  EXPECT_EQ(second.Notes[0].FilePath, "/d/b.h");
  EXPECT_EQ(second.Notes[0].FileOffset, 2u);
}

} // namespace
} // namespace unloadcheck
