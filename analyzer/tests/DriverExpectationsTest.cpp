// Runs the analyzer on every test driver under testdata/ and compares its
// findings with the `// expect: <rule-id> "fragment"` comments in the
// driver's sources (see testdata/README.md).
#include "engine/Analyzer.h"
#include "engine/RuleMetadata.h"
#include "frontend/DriverSources.h"
#include "knowledge/KnowledgeBase.h"
#include "knowledge/UserKnowledge.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace unloadcheck {
namespace {

namespace fs = std::filesystem;

const fs::path kTestdata = fs::path(UNLOADCHECK_SOURCE_DIR) / "testdata";

struct DriverCase {
  std::string name;             // "driver-role-type/unload-no-role-type.c"
  std::vector<fs::path> sources; // the driver's .c/.cpp files
  fs::path folder;               // a multi-file driver's folder, with its headers
};

// GoogleTest names a failing case by this, not by its bytes.
void PrintTo(const DriverCase &driver, std::ostream *os) { *os << driver.name; }

struct Expectation {
  std::string file;
  unsigned line = 0;
  std::string rule;
  std::string fragment;
  bool operator<(const Expectation &other) const {
    return std::tie(file, line, rule) < std::tie(other.file, other.line, other.rule);
  }
};

bool isSource(const fs::path &path) {
  std::string ext = path.extension().string();
  return ext == ".c" || ext == ".cpp" || ext == ".cc" || ext == ".cxx";
}

// Folders of test drivers: one per rule of the catalogue, plus the shared ones.
std::vector<std::string> caseFolders() {
  std::vector<std::string> folders;
  for (const RuleMetadata &rule : RuleCatalogue::builtin().rules())
    folders.push_back(rule.id);
  for (const char *shared : {"example", "example-minifilter", "clean", "multi-file", "cplusplus", "missing-header", "suppressions", "fixes"})
    folders.push_back(shared);
  return folders;
}

std::vector<DriverCase> discoverCases() {
  std::vector<DriverCase> cases;
  for (const std::string &folder : caseFolders()) {
    fs::path dir = kTestdata / folder;
    if (!fs::is_directory(dir))
      continue;
    std::vector<fs::path> entries;
    for (const fs::directory_entry &entry : fs::directory_iterator(dir))
      entries.push_back(entry.path());
    std::sort(entries.begin(), entries.end());
    auto addDirectory = [&](const fs::path &driverDir, const std::string &name) {
      DriverCase driver{name, {}, driverDir};
      for (const fs::directory_entry &file : fs::directory_iterator(driverDir))
        if (isSource(file.path()))
          driver.sources.push_back(file.path());
      std::sort(driver.sources.begin(), driver.sources.end());
      if (!driver.sources.empty())
        cases.push_back(std::move(driver));
    };
    for (const fs::path &entry : entries) {
      if (fs::is_directory(entry))
        addDirectory(entry, folder + "/" + entry.filename().string());
      else if (isSource(entry))
        cases.push_back({folder + "/" + entry.filename().string(), {entry}, {}});
    }
  }
  return cases;
}

std::string readFile(const fs::path &path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

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

  SourceRequest request;
  for (const fs::path &source : driver.sources)
    request.inputs.push_back(source.string());
  std::vector<SourceFile> sources;
  std::string error;
  ASSERT_TRUE(collectDriverSources(request, sources, error)) << error;
  // A driver's own pairs come from a .unloadcheck.json next to it, as in the CLI.
  KnowledgeBase kb;
  ASSERT_TRUE(loadKnowledge(findProjectKnowledge(request.inputs), kb, error)) << error;
  AnalysisOptions options;
  AnalysisResult result = analyzeDriver(sources, options, kb, RuleCatalogue::builtin());

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

std::string caseName(const ::testing::TestParamInfo<DriverCase> &info) {
  std::string name = info.param.name;
  for (char &c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)))
      c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Testdata, DriverExpectations, ::testing::ValuesIn(discoverCases()), caseName);

TEST(DriverExpectations, EveryRuleHasFiringAndSilentDrivers) {
  for (const RuleMetadata &rule : RuleCatalogue::builtin().rules()) {
    unsigned firing = 0, silent = 0;
    for (const DriverCase &driver : discoverCases()) {
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
