// The clang-tidy front end as editors run it: Debian's clang-tidy-19 with
// the unloadcheck plugin loaded, and unloadcheck-tidy. The plugin must
// register one check per rule (a plugin that registers none makes clang-tidy
// exit 0 having checked nothing), honour clang-tidy's check selection and
// options, and report on a one-file driver exactly what the analyzer reports.
#include "engine/RuleMetadata.h"
#include "support/ClangTidyRun.h"
#include "support/TestDrivers.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace unloadcheck {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::DriverCase;
using testing::clangTidyWithPlugin;
using testing::defaultArgumentsQuoted;
using testing::runCommand;
using testing::unloadcheckTidy;

fs::path scratchDir(const std::string &name) {
  fs::path dir = fs::temp_directory_path() / ("unloadcheck-tidy-" + std::to_string(::getpid()) + "-" + name);
  fs::create_directories(dir);
  return dir;
}

std::vector<std::string> listedChecks(const std::string &output) {
  std::vector<std::string> checks;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    line.erase(0, line.find_first_not_of(' '));
    if (line.rfind("driver-", 0) == 0)
      checks.push_back(line);
  }
  return checks;
}

std::vector<std::string> catalogueIds() {
  std::vector<std::string> ids;
  for (const RuleMetadata &rule : RuleCatalogue::builtin().rules())
    ids.push_back(rule.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

class TidyModule : public ::testing::Test {
protected:
  void SetUp() override { dir_ = scratchDir(::testing::UnitTest::GetInstance()->current_test_info()->name()); }
  void TearDown() override { fs::remove_all(dir_); }
  CommandResult run(const std::string &command) const { return runCommand(command, dir_); }
  fs::path dir_;
};

TEST_F(TidyModule, PluginRegistersOneCheckPerRule) {
  CommandResult listed = run(clangTidyWithPlugin("--checks='-*,driver-*' --list-checks"));
  ASSERT_EQ(listed.status, 0) << listed.err;
  EXPECT_EQ(listedChecks(listed.out), catalogueIds()) << listed.out;
}

TEST_F(TidyModule, LinkedInToolRegistersOneCheckPerRuleBesideClangTidysOwn) {
  CommandResult listed = run(unloadcheckTidy("--checks='-*,driver-*,bugprone-use-after-move' --list-checks"));
  ASSERT_EQ(listed.status, 0) << listed.err;
  EXPECT_EQ(listedChecks(listed.out), catalogueIds()) << listed.out;
  EXPECT_NE(listed.out.find("bugprone-use-after-move"), std::string::npos) << listed.out;
}

TEST_F(TidyModule, ChecksFollowGlobsAndClangTidyFiles) {
  CommandResult globbed = run(clangTidyWithPlugin("--checks='-*,driver-irql*' --list-checks"));
  EXPECT_EQ(listedChecks(globbed.out), (std::vector<std::string>{"driver-irql", "driver-irql-not-restored"}));

  std::ofstream(dir_ / ".clang-tidy") << "Checks: '-*,driver-*,-driver-routine-naming'\n";
  std::ofstream(dir_ / "driver.c") << "int x;\n";
  CommandResult configured =
      run("cd '" + dir_.string() + "' && " + clangTidyWithPlugin("--list-checks driver.c --"));
  std::vector<std::string> expected = catalogueIds();
  expected.erase(std::find(expected.begin(), expected.end(), "driver-routine-naming"));
  EXPECT_EQ(listedChecks(configured.out), expected) << configured.err;
}

TEST_F(TidyModule, OptionsAreCheckOptions) {
  CommandResult dumped = run(clangTidyWithPlugin("--checks='-*,driver-*' --dump-config"));
  ASSERT_EQ(dumped.status, 0) << dumped.err;
  EXPECT_NE(dumped.out.find("unloadcheck.ProjectKnowledge"), std::string::npos) << dumped.out;
  EXPECT_NE(dumped.out.find("unloadcheck.KnowledgeFiles"), std::string::npos) << dumped.out;

  // A knowledge file that does not exist is a configuration error, named.
  const fs::path driver = testing::testdataDir() / "example" / "widget" / "widget.c";
  CommandResult broken = run(clangTidyWithPlugin("--checks='-*,driver-unload-missing-cleanup' "
                                                 "--config=\"{CheckOptions: {unloadcheck.KnowledgeFiles: "
                                                 "'/nonexistent/pairs.json'}}\" '" +
                                                 driver.string() + "' --" + defaultArgumentsQuoted()));
  EXPECT_NE(broken.out.find("/nonexistent/pairs.json"), std::string::npos) << broken.out << broken.err;
}

// The `.clang-tidy` the README tells driver developers to drop in their
// repository, as written there.
std::string readmeClangTidyFile() {
  const std::string readme = testing::readFile(fs::path(UNLOADCHECK_SOURCE_DIR) / "README.md");
  const std::string intro = "Drop this `.clang-tidy` next to it:", fence = "```yaml\n";
  size_t from = readme.find(intro);
  from = from == std::string::npos ? from : readme.find(fence, from);
  if (from == std::string::npos)
    return "";
  from += fence.size();
  const size_t to = readme.find("```", from);
  std::string text;
  std::istringstream lines(readme.substr(from, to - from));
  for (std::string line; std::getline(lines, line);)
    text += line.substr(std::min(line.find_first_not_of(' '), line.size())) == "" ? "\n" : line.substr(3) + "\n";
  return text;
}

// The README's set-up, followed to the letter: compile_flags.txt from
// --print-default-args and its .clang-tidy, then clang-tidy with no other
// argument than the plugin, and unloadcheck-tidy with none at all.
TEST_F(TidyModule, ReadmeSetUpWorksAsWritten) {
  const std::string config = readmeClangTidyFile();
  ASSERT_NE(config.find("Checks: '-*,driver-*'"), std::string::npos) << "README has no .clang-tidy block:\n" << config;
  std::ofstream(dir_ / ".clang-tidy") << config;
  fs::copy(testing::testdataDir() / "example" / "widget", dir_ / "widget");
  CommandResult flags = run("cd '" + dir_.string() + "' && '" + std::string(UNLOADCHECK_BINARY) +
                            "' --print-default-args='" + (dir_ / "include").string() + "' > compile_flags.txt");
  ASSERT_EQ(flags.status, 0) << flags.err;

  const std::string file = (dir_ / "widget" / "widget.c").string();
  CommandResult plugin = run("cd '" + dir_.string() + "' && " + clangTidyWithPlugin("'" + file + "'"));
  CommandResult linked = run("cd '" + dir_.string() + "' && " + unloadcheckTidy("'" + file + "'"));
  EXPECT_EQ(plugin.out.find("clang-diagnostic-error"), std::string::npos) << plugin.out;
  EXPECT_NE(plugin.out.find("[driver-unload-missing-cleanup]"), std::string::npos) << plugin.out << plugin.err;
  EXPECT_NE(plugin.out.find("widget.h:40:32: warning:"), std::string::npos) << "HeaderFilterRegex lets widget.h through";
  EXPECT_EQ(linked.out, plugin.out) << "unloadcheck-tidy and the plugin disagree";
}

// "file:line:col [rule] message" for each finding, the form both sides share.
using FindingSet = std::set<std::string>;

std::string key(const std::string &file, unsigned line, unsigned column, const std::string &rule,
                const std::string &message) {
  return fs::weakly_canonical(file).string() + ":" + std::to_string(line) + ":" + std::to_string(column) + " [" +
         rule + "] " + message;
}

FindingSet tidyFindings(const std::string &output) {
  static const std::regex diagnostic(R"re(^(.+):(\d+):(\d+): (warning|error): (.*) \[(driver-[a-z-]+)\]$)re");
  FindingSet findings;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    std::smatch match;
    if (std::regex_match(line, match, diagnostic))
      findings.insert(key(match[1], std::stoul(match[2]), std::stoul(match[3]), match[6], match[5]));
  }
  return findings;
}

FindingSet analyzerFindings(const DriverCase &driver) {
  const AnalysisResult result = testing::analyzeDriverCase(driver);
  FindingSet findings;
  for (const Finding &finding : result.findings)
    findings.insert(key(finding.pos.file, finding.pos.line, finding.pos.column, finding.ruleId, finding.message));
  return findings;
}

std::string describe(const FindingSet &findings) {
  std::string text;
  for (const std::string &finding : findings)
    text += "\n  " + finding;
  return text.empty() ? " (none)" : text;
}

class TidyMatchesAnalyzer : public ::testing::TestWithParam<DriverCase> {
protected:
  void SetUp() override { dir_ = scratchDir(testing::driverCaseTestName(GetParam())); }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

// On a one-file driver the plugin says exactly what the analyzer says; on
// one file of a larger driver it says nothing the whole driver contradicts.
TEST_P(TidyMatchesAnalyzer, SameFindings) {
  const DriverCase &driver = GetParam();
  FindingSet tidy;
  for (const fs::path &source : driver.sources) {
    CommandResult checked = runCommand(clangTidyWithPlugin("--checks='-*,driver-*' --header-filter='.*' '" +
                                                           source.string() + "' --" + defaultArgumentsQuoted()),
                                       dir_);
    ASSERT_NE(checked.status, -1) << checked.err;
    EXPECT_EQ(checked.err.find("error: unable to"), std::string::npos) << checked.err;
    // A plugin that does not load leaves clang-tidy silent, like a clean driver.
    EXPECT_EQ(checked.err.find("load request ignored"), std::string::npos) << checked.err;
    for (const std::string &finding : tidyFindings(checked.out))
      tidy.insert(finding);
  }
  const FindingSet analyzer = analyzerFindings(driver);
  if (driver.sources.size() == 1) {
    EXPECT_EQ(tidy, analyzer) << "clang-tidy:" << describe(tidy) << "\nunloadcheck:" << describe(analyzer);
    return;
  }
  FindingSet extra;
  std::set_difference(tidy.begin(), tidy.end(), analyzer.begin(), analyzer.end(), std::inserter(extra, extra.end()));
  EXPECT_TRUE(extra.empty()) << "clang-tidy reports what the whole driver does not:" << describe(extra);
}

INSTANTIATE_TEST_SUITE_P(Testdata, TidyMatchesAnalyzer, ::testing::ValuesIn(testing::discoverDriverCases()),
                         [](const ::testing::TestParamInfo<DriverCase> &info) {
                           return testing::driverCaseTestName(info.param);
                         });

} // namespace
} // namespace unloadcheck
