// Runs the analyzer on every test driver under testdata/ and compares its
// findings with the `// expect: <rule-id> "fragment"` comments in the
// driver's sources (see testdata/README.md).
#include "engine/RuleMetadata.h"
#include "support/TestDrivers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace unloadcheck {
namespace {

namespace fs = std::filesystem;

using testing::DriverCase;
using testing::readFile;

struct Expectation {
  std::string file;
  unsigned line = 0;
  std::string rule;
  std::string fragment;
  bool operator<(const Expectation &other) const {
    return std::tie(file, line, rule) < std::tie(other.file, other.line, other.rule);
  }
};

// Every file of the driver that may carry expectations: its sources and
// the headers beside them.
std::vector<fs::path> filesOf(const DriverCase &driver) {
  std::vector<fs::path> files = driver.sources;
  if (!driver.folder.empty())
    for (const fs::directory_entry &entry : fs::directory_iterator(driver.folder))
      if (entry.path().extension() == ".h")
        files.push_back(entry.path());
  return files;
}

std::vector<Expectation> readExpectations(const DriverCase &driver, std::string &directives) {
  static const std::regex expect(R"re(//\s*expect(@([+-]\d+))?:\s*([a-z0-9-]+)(\s+"([^"]*)")?)re");
  std::vector<Expectation> expectations;
  for (const fs::path &file : filesOf(driver)) {
    std::istringstream lines(readFile(file));
    unsigned number = 0;
    for (std::string line; std::getline(lines, line);) {
      ++number;
      if (line.find("unloadcheck-test:") != std::string::npos)
        directives += line + "\n";
      std::smatch match;
      if (!std::regex_search(line, match, expect))
        continue;
      Expectation expectation;
      expectation.file = fs::weakly_canonical(file).string();
      expectation.line = number + (match[2].matched ? std::stoi(match[2].str()) : 0);
      expectation.rule = match[3].str();
      expectation.fragment = match[5].matched ? match[5].str() : "";
      expectations.push_back(std::move(expectation));
    }
  }
  std::sort(expectations.begin(), expectations.end());
  return expectations;
}

std::string describe(const std::string &file, unsigned line, const std::string &rule,
                     const std::string &message) {
  return fs::path(file).filename().string() + ":" + std::to_string(line) + " [" + rule + "] " + message;
}

class DriverExpectations : public ::testing::TestWithParam<DriverCase> {};

TEST_P(DriverExpectations, FindingsMatchInlineExpectations) {
  const DriverCase &driver = GetParam();
  std::string directives;
  std::vector<Expectation> expected = readExpectations(driver, directives);

  AnalysisResult result = testing::analyzeDriverCase(driver);

  // A driver that did not parse would pass any "stays silent" test.
  bool sawDefinition = false;
  for (const TuFacts &unit : result.units) {
    ASSERT_TRUE(unit.parsed) << unit.mainFile;
    if (directives.find("allow-errors") == std::string::npos)
      EXPECT_EQ(unit.errorCount, 0u) << unit.mainFile << ": " << (unit.errors.empty() ? "" : unit.errors.front());
    if (directives.find("missing-headers") == std::string::npos)
      EXPECT_TRUE(unit.missingHeaders.empty()) << unit.mainFile << " misses " << unit.missingHeaders.front().name;
    for (const FunctionFact &fn : unit.functions)
      sawDefinition = sawDefinition || fn.hasBody;
  }
  EXPECT_TRUE(sawDefinition) << "no function definition was seen: the driver did not really parse";

  std::vector<std::string> unexpected, missing;
  std::vector<bool> matched(expected.size(), false);
  for (const Finding &finding : result.findings) {
    bool found = false;
    for (size_t i = 0; i < expected.size() && !found; ++i) {
      const Expectation &e = expected[i];
      if (matched[i] || e.rule != finding.ruleId || e.line != finding.pos.line ||
          fs::weakly_canonical(finding.pos.file).string() != e.file)
        continue;
      EXPECT_NE(finding.message.find(e.fragment), std::string::npos)
          << describe(e.file, e.line, e.rule, "message lacks \"" + e.fragment + "\": " + finding.message);
      matched[i] = found = true;
    }
    if (!found)
      unexpected.push_back(describe(finding.pos.file, finding.pos.line, finding.ruleId, finding.message));
  }
  for (size_t i = 0; i < expected.size(); ++i)
    if (!matched[i])
      missing.push_back(describe(expected[i].file, expected[i].line, expected[i].rule, expected[i].fragment));

  auto join = [](const std::vector<std::string> &items) {
    std::string text;
    for (const std::string &item : items)
      text += "\n  " + item;
    return text;
  };
  EXPECT_TRUE(unexpected.empty()) << "unexpected findings:" << join(unexpected);
  EXPECT_TRUE(missing.empty()) << "expected findings not reported:" << join(missing);
}

INSTANTIATE_TEST_SUITE_P(Testdata, DriverExpectations, ::testing::ValuesIn(testing::discoverDriverCases()),
                         [](const ::testing::TestParamInfo<DriverCase> &info) {
                           return testing::driverCaseTestName(info.param);
                         });

TEST(DriverExpectations, EveryRuleHasFiringAndSilentDrivers) {
  for (const RuleMetadata &rule : RuleCatalogue::builtin().rules()) {
    unsigned firing = 0, silent = 0;
    for (const DriverCase &driver : testing::discoverDriverCases()) {
      if (driver.name.rfind(rule.id + "/", 0) != 0)
        continue;
      std::string directives;
      std::vector<Expectation> expected = readExpectations(driver, directives);
      bool fires = std::any_of(expected.begin(), expected.end(),
                               [&](const Expectation &e) { return e.rule == rule.id; });
      (fires ? firing : silent)++;
    }
    EXPECT_GT(firing, 0u) << rule.id << " has no test driver where it fires";
    EXPECT_GT(silent, 0u) << rule.id << " has no test driver where it stays silent";
  }
}

} // namespace
} // namespace unloadcheck
