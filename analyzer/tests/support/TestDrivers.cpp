#include "support/TestDrivers.h"

#include "engine/RuleMetadata.h"
#include "frontend/DriverSources.h"
#include "knowledge/KnowledgeBase.h"
#include "knowledge/UserKnowledge.h"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace unloadcheck::testing {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> caseFolders() {
  std::vector<std::string> folders;
  for (const RuleMetadata &rule : RuleCatalogue::builtin().rules())
    folders.push_back(rule.id);
  for (const char *shared :
       {"example", "example-minifilter", "clean", "multi-file", "cplusplus", "missing-header", "suppressions", "fixes"})
    folders.push_back(shared);
  return folders;
}

} // namespace

bool isDriverSource(const fs::path &path) {
  std::string ext = path.extension().string();
  return ext == ".c" || ext == ".cpp" || ext == ".cc" || ext == ".cxx";
}

void PrintTo(const DriverCase &driver, std::ostream *os) { *os << driver.name; }

const fs::path &testdataDir() {
  static const fs::path dir = fs::path(UNLOADCHECK_SOURCE_DIR) / "testdata";
  return dir;
}

std::vector<DriverCase> discoverDriverCases() {
  std::vector<DriverCase> cases;
  for (const std::string &folder : caseFolders()) {
    fs::path dir = testdataDir() / folder;
    if (!fs::is_directory(dir))
      continue;
    std::vector<fs::path> entries;
    for (const fs::directory_entry &entry : fs::directory_iterator(dir))
      entries.push_back(entry.path());
    std::sort(entries.begin(), entries.end());
    for (const fs::path &entry : entries) {
      if (fs::is_directory(entry)) {
        DriverCase driver{folder + "/" + entry.filename().string(), {}, entry};
        for (const fs::directory_entry &file : fs::directory_iterator(entry))
          if (isDriverSource(file.path()))
            driver.sources.push_back(file.path());
        std::sort(driver.sources.begin(), driver.sources.end());
        if (!driver.sources.empty())
          cases.push_back(std::move(driver));
      } else if (isDriverSource(entry)) {
        cases.push_back({folder + "/" + entry.filename().string(), {entry}, {}});
      }
    }
  }
  return cases;
}

std::string driverCaseTestName(const DriverCase &driver) {
  std::string name = driver.name;
  for (char &c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)))
      c = '_';
  return name;
}

AnalysisResult analyzeDriverCase(const DriverCase &driver) {
  SourceRequest request;
  for (const fs::path &source : driver.sources)
    request.inputs.push_back(source.string());
  std::vector<SourceFile> sources;
  std::string error;
  EXPECT_TRUE(collectDriverSources(request, sources, error)) << error;
  KnowledgeBase kb;
  EXPECT_TRUE(loadKnowledge(findProjectKnowledge(request.inputs), kb, error)) << error;
  return analyzeDriver(sources, AnalysisOptions{}, kb, RuleCatalogue::builtin());
}

std::string readFile(const fs::path &path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

CommandResult runCommand(const std::string &command, const fs::path &scratchDir) {
  const fs::path out = scratchDir / "command.stdout", err = scratchDir / "command.stderr";
  const std::string full = "(" + command + ") >'" + out.string() + "' 2>'" + err.string() + "' </dev/null";
  const int raw = std::system(full.c_str());
  CommandResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = readFile(out);
  result.err = readFile(err);
  return result;
}

} // namespace unloadcheck::testing
