// The unloadcheck binary as a user runs it: exit statuses, error messages,
// outputs, compilation databases, and the README kept in step with the
// rule catalogue.
#include "engine/RuleMetadata.h"
#include "engine/RuleRegistry.h"
#include "report/RuleList.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace unloadcheck {
namespace {

namespace fs = std::filesystem;

const std::string kSource = UNLOADCHECK_SOURCE_DIR;

struct RunResult {
  int status = -1;
  std::string out, err;
};

std::string readFile(const fs::path &path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class Cli : public ::testing::Test {
protected:
  void SetUp() override {
    const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("unloadcheck-cli-" + std::to_string(::getpid()) + "-" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs unloadcheck from the source tree with `args` (shell-quoted by the caller).
  RunResult run(const std::string &args) const {
    const fs::path out = dir_ / "stdout", err = dir_ / "stderr";
    std::string command = "cd '" + kSource + "' && '" + std::string(UNLOADCHECK_BINARY) + "' " + args +
                          " >'" + out.string() + "' 2>'" + err.string() + "' </dev/null";
    int raw = std::system(command.c_str());
    RunResult result;
    result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    result.out = readFile(out);
    result.err = readFile(err);
    return result;
  }

  fs::path dir_;
};

size_t lineCount(const std::string &text) {
  return static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
}

TEST(Registration, EveryCatalogueRuleIsRegisteredOnce) {
  const auto &entries = builtinRuleEntries();
  const auto &rules = RuleCatalogue::builtin().rules();
  ASSERT_EQ(entries.size(), rules.size());
  for (size_t i = 0; i < rules.size(); ++i) {
    EXPECT_EQ(entries[i].id, rules[i].id);
    EXPECT_NE(entries[i].check, nullptr);
    EXPECT_FALSE(rules[i].documentation.empty()) << rules[i].id;
  }
}

TEST(Readme, RuleTableMatchesTheCatalogue) {
  std::string readme = readFile(fs::path(kSource) / "README.md");
  const std::string begin = "<!-- rule-table:begin -->\n", end = "<!-- rule-table:end -->";
  size_t from = readme.find(begin), to = readme.find(end);
  ASSERT_NE(from, std::string::npos) << "README.md has no rule-table markers";
  ASSERT_NE(to, std::string::npos);
  EXPECT_EQ(readme.substr(from + begin.size(), to - from - begin.size()),
            ruleListMarkdown(RuleCatalogue::builtin()))
      << "regenerate with: build/bin/unloadcheck --list-rules --format=markdown";
}

TEST_F(Cli, HelpExplainsEveryOption) {
  RunResult r = run("--help");
  EXPECT_EQ(r.status, 0);
  for (const char *option : {"-p <dir>", "--checks=", "--fail-on=", "--sarif=", "--source-root=",
                             "--fix", "--export-fixes=", "--list-rules", "--explain", "--version", "Exit status"})
    EXPECT_NE(r.out.find(option), std::string::npos) << option;
}

TEST_F(Cli, ListRulesNamesEveryRule) {
  RunResult r = run("--list-rules");
  EXPECT_EQ(r.status, 0);
  for (const RuleMetadata &rule : RuleCatalogue::builtin().rules())
    EXPECT_NE(r.out.find(rule.id), std::string::npos) << rule.id;
  EXPECT_EQ(lineCount(r.out), RuleCatalogue::builtin().rules().size());
}

TEST_F(Cli, ExplainPrintsTheRulePage) {
  RunResult r = run("--explain driver-role-type");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("# driver-role-type", 0), 0u);
  RunResult unknown = run("--explain driver-nope");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_EQ(unknown.err, "unloadcheck: error: --explain: unknown rule 'driver-nope' (see --list-rules)\n");
}

TEST_F(Cli, MissingSourceFileIsAnInputError) {
  RunResult r = run("testdata/no-such-driver.c");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "unloadcheck: error: 'testdata/no-such-driver.c': no such file or directory\n");
  EXPECT_TRUE(r.out.empty());
}

TEST_F(Cli, UnknownRuleInChecksIsAUsageError) {
  RunResult r = run("--checks='driver-*,-driver-nope' testdata/clean");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "unloadcheck: error: --checks: 'driver-nope' matches no rule (see --list-rules)\n");
}

TEST_F(Cli, UnknownOptionIsAUsageError) {
  RunResult r = run("--frobnicate testdata/clean");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "unloadcheck: error: unknown option '--frobnicate' (see --help)\n");
}

TEST_F(Cli, UnreadableCompilationDatabaseIsAnInputError) {
  std::ofstream(dir_ / "compile_commands.json") << "[{ this is not json";
  RunResult r = run("-p '" + dir_.string() + "' testdata/clean");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(lineCount(r.err), 1u) << r.err;
  EXPECT_NE(r.err.find("unloadcheck: error: '" + (dir_ / "compile_commands.json").string() + "': "),
            std::string::npos)
      << r.err;
  RunResult none = run("-p '" + (dir_ / "nowhere").string() + "' testdata/clean");
  EXPECT_EQ(none.status, 2);
  EXPECT_NE(none.err.find("no such file"), std::string::npos) << none.err;
}

TEST_F(Cli, SarifThatCannotBeWrittenIsAnErrorAndLeavesNothing) {
  const fs::path target = dir_ / "missing-dir" / "out.sarif";
  RunResult r = run("--sarif='" + target.string() + "' testdata/example");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("unloadcheck: error: cannot write '" + target.string() + "'"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(target.parent_path()));
}

TEST_F(Cli, ExampleDriverFiresEveryRuleAndWritesValidSarif) {
  const fs::path sarif = dir_ / "example.sarif";
  RunResult r = run("--sarif='" + sarif.string() + "' testdata/example");
  EXPECT_EQ(r.status, 1) << r.err;
  // The minifilter rules need a minifilter: the second example.
  RunResult minifilter = run("testdata/example-minifilter");
  EXPECT_EQ(minifilter.status, 1) << minifilter.err;
  for (const RuleMetadata &rule : RuleCatalogue::builtin().rules())
    EXPECT_NE((r.out + minifilter.out).find("[" + rule.id + "]"), std::string::npos)
        << rule.id << " missing from:\n" << r.out << minifilter.out;
  EXPECT_NE(r.out.find("testdata/example/"), std::string::npos) << "paths are shown relative to the current directory";
  ASSERT_TRUE(fs::exists(sarif));

  std::string validate = std::string(UNLOADCHECK_PYTHON) + " '" + kSource + "/tools/validate-sarif.py' '" +
                         kSource + "/testdata/sarif/sarif-schema-2.1.0.json' '" + sarif.string() + "'";
  EXPECT_EQ(std::system(validate.c_str()), 0) << validate;

  const std::string first = readFile(sarif);
  EXPECT_NE(first.find("\"uri\": \"testdata/example/"), std::string::npos);
  EXPECT_NE(first.find("\"uriBaseId\": \"%SRCROOT%\""), std::string::npos);
  RunResult again = run("--sarif='" + sarif.string() + "' testdata/example");
  EXPECT_EQ(readFile(sarif), first) << "SARIF output must be byte-identical for the same input";
}

TEST_F(Cli, CleanDriverHasNoFindings) {
  RunResult r = run("testdata/clean");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST_F(Cli, ChecksGlobsSelectRules) {
  RunResult r = run("--checks='driver-*,-driver-routine-naming' testdata/example");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out.find("[driver-routine-naming]"), std::string::npos);
  EXPECT_NE(r.out.find("[driver-role-type]"), std::string::npos);
  RunResult only = run("--checks='-*,driver-routine-naming' --fail-on=warning testdata/example");
  EXPECT_EQ(only.status, 0) << "driver-routine-naming reports notes, below --fail-on=warning";
  EXPECT_NE(only.out.find("[driver-routine-naming]"), std::string::npos);
}

TEST_F(Cli, FailOnSetsTheExitStatus) {
  EXPECT_EQ(run("--fail-on=never testdata/example").status, 0);
  EXPECT_EQ(run("--fail-on=error testdata/example").status, 0);
  EXPECT_EQ(run("--fail-on=note testdata/example").status, 1);
  EXPECT_EQ(run("--fail-on=sometimes testdata/example").status, 2);
}

TEST_F(Cli, MissingHeaderIsReportedOnce) {
  RunResult r = run("testdata/missing-header");
  EXPECT_NE(r.status, 2) << r.err;
  for (const std::string header : {"'trace.h' was not found", "'driver.h' was not found"}) {
    size_t first = r.err.find(header);
    ASSERT_NE(first, std::string::npos) << header << " in:\n" << r.err;
    EXPECT_EQ(r.err.find(header, first + 1), std::string::npos) << header << " twice in:\n" << r.err;
  }
}

// A compilation database's flags apply per file: -DUSE_PLAIN_UNLOAD makes
// testdata/compile-db/flagged.c fire; without a database it is silent.
void writeDatabase(const fs::path &dir, const std::string &entry) {
  std::ofstream(dir / "compile_commands.json") << "[" << entry << "]";
}

TEST_F(Cli, CompilationDatabaseFlagsApply) {
  const std::string file = kSource + "/testdata/compile-db/flagged.c";
  EXPECT_EQ(run("testdata/compile-db/flagged.c").status, 0);

  writeDatabase(dir_, "{\"directory\": \"" + kSource + "/testdata/compile-db\", \"arguments\": "
                      "[\"clang\", \"-DUSE_PLAIN_UNLOAD\", \"-c\", \"flagged.c\", \"-o\", \"flagged.o\"], "
                      "\"file\": \"flagged.c\"}");
  RunResult gnu = run("-p '" + dir_.string() + "' testdata/compile-db/flagged.c");
  EXPECT_EQ(gnu.status, 1) << gnu.err;
  EXPECT_NE(gnu.out.find("testdata/compile-db/flagged.c:9:1: warning: 'FlaggedUnload'"), std::string::npos) << gnu.out;
  EXPECT_EQ(gnu.err.find("parse error"), std::string::npos) << gnu.err;

  writeDatabase(dir_, "{\"directory\": \"" + kSource + "/testdata/compile-db\", \"command\": "
                      "\"cl.exe /nologo /W4 /DUSE_PLAIN_UNLOAD /c flagged.c\", \"file\": \"flagged.c\"}");
  RunResult cl = run("-p '" + dir_.string() + "' testdata/compile-db/flagged.c");
  EXPECT_EQ(cl.status, 1) << cl.err;
  EXPECT_NE(cl.out.find("testdata/compile-db/flagged.c:9:1: warning: 'FlaggedUnload'"), std::string::npos) << cl.out;
  EXPECT_EQ(cl.err.find("parse error"), std::string::npos) << cl.err;
}

TEST_F(Cli, ExtraArgumentsAfterDoubleDash) {
  RunResult r = run("testdata/compile-db/flagged.c -- -DUSE_PLAIN_UNLOAD");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("[driver-role-type]"), std::string::npos);
}

TEST_F(Cli, KnowledgeFileProblemsAreInputErrorsNamingTheFile) {
  const fs::path sarif = dir_ / "out.sarif";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{ not json", "not valid JSON"},
      {R"json({"resources": [{"id": "x", "unreleased": "closed", "acquire": [], "release": []}]})json", "missing \"what\""},
      {R"json({"resources": [{"id": "x", "what": "x", "unreleased": "closed", "acquire": [{"call": "A", "undo": "B()", "identity": {"arg": -1}}], "release": [{"call": "B"}]}]})json",
       "must be an argument index"},
      {R"json({"resoures": []})json", "unknown key 'resoures'"},
      {R"json({"order": [{"first": "nope", "then": "device-object", "message": "m"}]})json", "unknown resource id 'nope'"},
  };
  for (const auto &[contents, problem] : cases) {
    std::ofstream(dir_ / "k.json") << contents;
    RunResult r = run("--knowledge='" + (dir_ / "k.json").string() + "' --sarif='" + sarif.string() + "' testdata/clean");
    EXPECT_EQ(r.status, 2) << contents;
    EXPECT_EQ(lineCount(r.err), 1u) << r.err;
    EXPECT_NE(r.err.find("unloadcheck: error: knowledge file '" + (dir_ / "k.json").string() + "': "), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find(problem), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(sarif));
  }
  RunResult missing = run("--knowledge=no-such-knowledge.json testdata/clean");
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("knowledge file 'no-such-knowledge.json': "), std::string::npos) << missing.err;
}

TEST_F(Cli, UserKnowledgeAddsAPair) {
  // The driver's folder carries a .unloadcheck.json: found next to the sources.
  const std::string driver = "testdata/driver-unload-missing-cleanup/user-knowledge";
  RunResult found = run(driver);
  EXPECT_EQ(found.status, 1) << found.err;
  EXPECT_NE(found.out.find("TlmOpenSession telemetry session 'gSession' is never closed"), std::string::npos)
      << found.out;
  RunResult ignored = run("--no-project-knowledge " + driver);
  EXPECT_EQ(ignored.out.find("TlmOpenSession"), std::string::npos) << ignored.out;

  // The same pair from --knowledge, and from a .unloadcheck.json in a parent directory.
  fs::create_directories(dir_ / "project" / "src");
  for (const char *name : {"driver.c", "telemetry.h"})
    fs::copy_file(fs::path(kSource) / driver / name, dir_ / "project" / "src" / name);
  const fs::path knowledge = fs::path(kSource) / driver / ".unloadcheck.json";
  RunResult given = run("--knowledge='" + knowledge.string() + "' '" + (dir_ / "project" / "src").string() + "'");
  EXPECT_NE(given.out.find("TlmOpenSession telemetry session 'gSession' is never closed"), std::string::npos)
      << given.out << given.err;
  fs::copy_file(knowledge, dir_ / "project" / ".unloadcheck.json");
  RunResult parent = run("'" + (dir_ / "project" / "src" / "driver.c").string() + "'");
  EXPECT_NE(parent.out.find("TlmOpenSession telemetry session 'gSession' is never closed"), std::string::npos)
      << parent.out << parent.err;
}

// The preprocessor's view of the configuration given decides what is code:
// a file-system filter may call ZwUnloadDriver inside `#if DBG` only.
TEST_F(Cli, DebugOnlyCodeIsJudgedInTheCheckedBuildItIsCompiledIn) {
  const std::string fixture = "testdata/checked-build/fs-filter-dbg-unload-status-ignored.c";
  RunResult free = run(fixture);
  EXPECT_EQ(free.status, 0) << free.out;
  EXPECT_TRUE(free.out.empty()) << free.out;

  RunResult checked = run(fixture + " -- -DDBG=1");
  EXPECT_EQ(checked.status, 1) << checked.out << checked.err;
  EXPECT_NE(checked.out.find("status returned by ZwUnloadDriver is ignored"), std::string::npos) << checked.out;
  EXPECT_EQ(checked.out.find("a file-system filter must not call ZwUnloadDriver"), std::string::npos)
      << checked.out;

  RunResult underDbg = run("testdata/driver-zw-unload-driver/fs-filter-unload-under-dbg.c -- -DDBG=1");
  EXPECT_EQ(underDbg.out.find("[driver-zw-unload-driver]"), std::string::npos) << underDbg.out;
  RunResult afterDbg = run("testdata/driver-zw-unload-driver/fs-filter-unload-after-dbg-block.c -- -DDBG=1");
  EXPECT_NE(afterDbg.out.find("a file-system filter must not call ZwUnloadDriver"), std::string::npos)
      << afterDbg.out;
}

// A kind of finding the catalogue gives a level of its own ("variants"):
// a missing FilterUnloadCallback is a note of a warning rule.
TEST_F(Cli, VariantLevelComesFromTheCatalogue) {
  RunResult r = run("--fail-on=warning testdata/driver-filter-unload/registration-null-positional.c");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find(": note: FLT_REGISTRATION 'gNulRegistration' has no FilterUnloadCallback"), std::string::npos)
      << r.out;
  EXPECT_EQ(run("--fail-on=note testdata/driver-filter-unload/registration-null-positional.c").status, 1);
}

// NOLINT comments silence findings in the text output and the exit status;
// --include-suppressed writes them to SARIF as suppressed in source.
TEST_F(Cli, SuppressedFindingsGoToSarifOnlyWhenAskedFor) {
  const std::string driver = "testdata/suppressions/nolint-forms.c";
  const fs::path plain = dir_ / "plain.sarif", all = dir_ / "all.sarif";
  RunResult r = run("--fail-on=note --sarif='" + plain.string() + "' " + driver);
  EXPECT_EQ(r.status, 1) << r.out; // the one finding a NOLINT for another rule does not silence
  EXPECT_EQ(lineCount(r.out), 3u) << r.out;
  EXPECT_EQ(readFile(plain).find("\"inSource\""), std::string::npos);

  RunResult with = run("--include-suppressed --sarif='" + all.string() + "' " + driver);
  EXPECT_EQ(with.out, r.out) << "the text output never shows suppressed findings";
  const std::string sarif = readFile(all);
  size_t count = 0;
  for (size_t at = sarif.find("\"inSource\""); at != std::string::npos; at = sarif.find("\"inSource\"", at + 1))
    ++count;
  EXPECT_EQ(count, 4u) << sarif;
  std::string validate = std::string(UNLOADCHECK_PYTHON) + " '" + kSource + "/tools/validate-sarif.py' '" +
                         kSource + "/testdata/sarif/sarif-schema-2.1.0.json' '" + all.string() + "'";
  EXPECT_EQ(std::system(validate.c_str()), 0) << validate;
}

// --fix rewrites the files, says so per file, and findings it fixed no
// longer fail the run; a second run finds nothing left to fix.
TEST_F(Cli, FixRepairsTheFilesAndTheExitStatusCountsWhatIsLeft) {
  const fs::path driver = dir_ / "role-type-prototype.c";
  fs::copy_file(fs::path(kSource) / "testdata/fixes/role-type-prototype.c", driver);
  RunResult before = run("'" + driver.string() + "'");
  EXPECT_EQ(before.status, 1);
  RunResult fix = run("--fix '" + driver.string() + "'");
  EXPECT_EQ(fix.status, 0) << "both findings were fixed:\n" << fix.out << fix.err;
  std::string withoutFixNotes;
  std::istringstream lines(fix.out);
  for (std::string line; std::getline(lines, line);)
    if (line.find("note: FIX-IT applied") == std::string::npos)
      withoutFixNotes += line + "\n";
  EXPECT_EQ(withoutFixNotes, before.out) << "findings are still printed, with the text as it was";
  EXPECT_NE(fix.out.find(driver.string() + ":10:1: note: FIX-IT applied suggested code changes\n"), std::string::npos)
      << fix.out;
  EXPECT_NE(fix.err.find("unloadcheck: fixed 2 findings in " + driver.string() + "\n"), std::string::npos) << fix.err;
  EXPECT_EQ(readFile(driver), readFile(fs::path(kSource) / "testdata/fixes/role-type-prototype.c.fixed"));

  RunResult again = run("--fix '" + driver.string() + "'");
  EXPECT_EQ(again.status, 0) << again.out;
  EXPECT_TRUE(again.out.empty()) << again.out;
  EXPECT_EQ(again.err.find("unloadcheck: fixed"), std::string::npos) << again.err;
}

TEST_F(Cli, FixLeavesFindingsWithoutAFixAndFilesNotGiven) {
  const fs::path driver = dir_ / "no-fix.c";
  fs::copy_file(fs::path(kSource) / "testdata/fixes/no-fix.c", driver);
  RunResult r = run("--fix '" + driver.string() + "'");
  EXPECT_EQ(r.status, 1) << "the findings were not fixed";
  EXPECT_EQ(r.err.find("unloadcheck: fixed"), std::string::npos) << r.err;
  EXPECT_EQ(readFile(driver), readFile(fs::path(kSource) / "testdata/fixes/no-fix.c"));

  // Given chime.c alone, its header chime.h is not among the files to edit:
  // both fixes touch it, so neither is applied.
  fs::create_directories(dir_ / "chime");
  for (const char *name : {"chime.c", "chime.h"})
    fs::copy_file(fs::path(kSource) / "testdata/fixes/header-prototypes" / name, dir_ / "chime" / name);
  RunResult file = run("--fix '" + (dir_ / "chime" / "chime.c").string() + "'");
  EXPECT_EQ(file.status, 1);
  EXPECT_EQ(readFile(dir_ / "chime" / "chime.h"), readFile(fs::path(kSource) / "testdata/fixes/header-prototypes/chime.h"));
  EXPECT_EQ(readFile(dir_ / "chime" / "chime.c"), readFile(fs::path(kSource) / "testdata/fixes/header-prototypes/chime.c"));
  EXPECT_NE(file.err.find("is not among the files given"), std::string::npos) << file.err;
  // Given the directory, it is.
  RunResult directory = run("--fix '" + (dir_ / "chime").string() + "'");
  EXPECT_EQ(directory.status, 0) << directory.err;
  EXPECT_EQ(readFile(dir_ / "chime" / "chime.h"),
            readFile(fs::path(kSource) / "testdata/fixes/header-prototypes/chime.h.fixed"));
}

TEST_F(Cli, ExportFixesThatCannotBeWrittenIsAnError) {
  const fs::path target = dir_ / "missing-dir" / "fixes.yaml";
  RunResult r = run("--export-fixes='" + target.string() + "' testdata/fixes/role-type-prototype.c");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("unloadcheck: error: --export-fixes: cannot write '" + target.string() + "'"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("unloadcheck: error", r.err.find("unloadcheck: error") + 1), std::string::npos)
      << "one line: " << r.err;
  EXPECT_FALSE(fs::exists(target.parent_path()));

  const fs::path yaml = dir_ / "fixes.yaml";
  RunResult written = run("--export-fixes='" + yaml.string() + "' testdata/fixes/role-type-prototype.c");
  EXPECT_EQ(written.status, 1) << "exporting fixes does not apply them";
  EXPECT_EQ(readFile(yaml).rfind("---\nMainSourceFile:", 0), 0u) << readFile(yaml);
}

// The arguments an editor or clangd needs to parse driver code the way the
// analyzer does: with them, plain clang parses a minifilter without errors.
TEST_F(Cli, PrintDefaultArgsGivesAUsableCompileFlagsFile) {
  const fs::path include = dir_ / "include";
  RunResult r = run("--print-default-args='" + include.string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(fs::exists(include / "fltkernel.h"));
  EXPECT_TRUE(fs::exists(include / "fltKernel.h")) << "the WDK's spelling, for case-sensitive file systems";
  EXPECT_TRUE(fs::exists(include / "wdm.h"));
  EXPECT_NE(r.out.find("-isystem\n" + include.string() + "\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("unloadcheck-wdk-compat"), std::string::npos) << "no in-memory path may leak out";

  std::string flags;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);)
    flags += " '" + line + "'";
  const std::string parse = "clang-19 -fsyntax-only" + flags + " '" + kSource + "/testdata/parse/minifilter_driver.c' 2>'" +
                            (dir_ / "clang.err").string() + "'";
  EXPECT_EQ(std::system(parse.c_str()), 0) << readFile(dir_ / "clang.err");

  RunResult bad = run("--print-default-args=/proc/no-such-place/include");
  EXPECT_EQ(bad.status, 2);
  EXPECT_EQ(lineCount(bad.err), 1u) << bad.err;
}

} // namespace
} // namespace unloadcheck
