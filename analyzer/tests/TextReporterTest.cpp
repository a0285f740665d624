#include "report/Paths.h"
#include "report/TextReporter.h"

#include <gtest/gtest.h>

using namespace unloadcheck;

namespace {

Finding roleTypeFinding() {
  Finding finding;
  finding.ruleId = "driver-role-type";
  finding.level = Level::Warning;
  finding.message = "'FooUnload' is stored in DriverUnload but not declared with DRIVER_UNLOAD";
  finding.pos = {"/proj/src/unload.c", 12, 6};
  finding.related.push_back({{"/proj/src/entry.c", 3, 5}, "stored in DriverUnload here"});
  return finding;
}

void addSources(SourceLines &sources) {
  std::string unload;
  for (int line = 1; line < 12; ++line)
    unload += "// filler\n";
  unload += "VOID FooUnload(PDRIVER_OBJECT DriverObject);\n";
  sources.setContent("/proj/src/unload.c", unload);
  sources.setContent("/proj/src/entry.c",
                     "NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject) {\r\n"
                     "  // CRLF endings must not leak into the snippet\r\n"
                     "    DriverObject->DriverUnload = FooUnload;\r\n");
}

} // namespace

TEST(TextReporter, FindingWithRelatedLocationRelativeToCurrentDir) {
  SourceLines sources;
  addSources(sources);
  TextReporter reporter("/proj", sources);
  EXPECT_EQ(reporter.finding(roleTypeFinding()),
            "src/unload.c:12:6: warning: 'FooUnload' is stored in DriverUnload but not declared "
            "with DRIVER_UNLOAD [driver-role-type]\n"
            "   12 | VOID FooUnload(PDRIVER_OBJECT DriverObject);\n"
            "      |      ^\n"
            "src/entry.c:3:5: note: stored in DriverUnload here\n"
            "    3 |     DriverObject->DriverUnload = FooUnload;\n"
            "      |     ^\n");
}

TEST(TextReporter, FindingOutsideCurrentDirUsesAbsolutePaths) {
  SourceLines sources;
  addSources(sources);
  // "/pro" is a prefix of "/proj" as a string but not as a directory.
  TextReporter reporter("/pro", sources);
  std::string text = reporter.finding(roleTypeFinding());
  EXPECT_EQ(text.substr(0, text.find('\n')),
            "/proj/src/unload.c:12:6: warning: 'FooUnload' is stored in DriverUnload but not "
            "declared with DRIVER_UNLOAD [driver-role-type]");
  EXPECT_NE(text.find("\n/proj/src/entry.c:3:5: note: stored in DriverUnload here\n"),
            std::string::npos);
}

TEST(TextReporter, NoteLevelFindingAndUnreadableFileHaveNoSnippet) {
  SourceLines sources;
  TextReporter reporter("/proj", sources);
  Finding finding;
  finding.ruleId = "driver-routine-naming";
  finding.level = Level::Note;
  finding.message = "Unload routine 'Cleanup' is not named XxxUnload";
  finding.pos = {"/proj/missing.c", 7, 1};
  EXPECT_EQ(reporter.finding(finding),
            "missing.c:7:1: note: Unload routine 'Cleanup' is not named XxxUnload "
            "[driver-routine-naming]\n");
}

TEST(TextReporter, SnippetExpandsTabsAndWidensGutter) {
  SourceLines sources;
  std::string content;
  for (int line = 1; line < 12345; ++line)
    content += "\n";
  content += "\tIoDeleteDevice(d);\n";
  sources.setContent("/proj/big.c", content);
  TextReporter reporter("/proj", sources);
  // Byte column 2 is the 'I' after the tab, shown at display column 9.
  EXPECT_EQ(reporter.snippet({"/proj/big.c", 12345, 2}),
            " 12345 |         IoDeleteDevice(d);\n"
            "       |         ^\n");
}

TEST(TextReporter, CaretCountsUtf8CharactersNotBytes) {
  SourceLines sources;
  sources.setContent("/proj/u.c", "/* \xC3\xA9t\xC3\xA9 */ x;\n");
  TextReporter reporter("/proj", sources);
  // 'x' is byte 13 (two 2-byte characters before it) but character 11.
  EXPECT_EQ(reporter.snippet({"/proj/u.c", 1, 13}),
            "    1 | /* \xC3\xA9t\xC3\xA9 */ x;\n"
            "      |           ^\n");
}

TEST(TextReporter, Notifications) {
  SourceLines sources;
  TextReporter reporter("/proj", sources);
  Notification general;
  general.message = "3 files had parse errors; no finding is reported in them";
  EXPECT_EQ(reporter.notification(general),
            "unloadcheck: note: 3 files had parse errors; no finding is reported in them\n");

  Notification positioned;
  positioned.level = Level::Warning;
  positioned.message = "call through a function pointer: cleanup not followed";
  positioned.pos = {"/proj/src/unload.c", 20, 3};
  positioned.ruleId = "driver-unload-missing-cleanup";
  EXPECT_EQ(reporter.notification(positioned),
            "src/unload.c:20:3: warning: call through a function pointer: cleanup not followed "
            "[driver-unload-missing-cleanup]\n");
}

TEST(TextReporter, SummaryLineUsesClangWording) {
  auto findings = [](unsigned warnings, unsigned errors, unsigned notes) {
    std::vector<Finding> list;
    auto add = [&](Level level, unsigned count) {
      for (unsigned i = 0; i < count; ++i) {
        Finding finding;
        finding.level = level;
        list.push_back(finding);
      }
    };
    add(Level::Warning, warnings);
    add(Level::Error, errors);
    add(Level::Note, notes);
    return list;
  };
  EXPECT_EQ(summaryLine(findings(0, 0, 0)), "no findings.\n");
  EXPECT_EQ(summaryLine(findings(1, 0, 0)), "1 warning generated.\n");
  EXPECT_EQ(summaryLine(findings(2, 0, 0)), "2 warnings generated.\n");
  EXPECT_EQ(summaryLine(findings(3, 0, 1)), "3 warnings and 1 note generated.\n");
  EXPECT_EQ(summaryLine(findings(1, 1, 0)), "1 warning and 1 error generated.\n");
  EXPECT_EQ(summaryLine(findings(2, 1, 2)), "2 warnings, 1 error and 2 notes generated.\n");
  EXPECT_EQ(summaryLine(findings(0, 0, 1)), "1 note generated.\n");
}

TEST(Paths, PathUnderDirectory) {
  EXPECT_EQ(pathUnder("/work/main/src/a.c", "/work/main"), "src/a.c");
  EXPECT_EQ(pathUnder("/work/main/src/a.c", "/work/main/"), "src/a.c");
  EXPECT_EQ(pathUnder("/work/main/a.c", "/"), "work/main/a.c");
  EXPECT_EQ(pathUnder("/work/main2/a.c", "/work/main"), std::nullopt);
  EXPECT_EQ(pathUnder("/work/main", "/work/main"), std::nullopt);
  EXPECT_EQ(pathUnder("/work/main/", "/work/main"), std::nullopt);
  EXPECT_EQ(pathUnder("/work/main/a.c", ""), std::nullopt);
  EXPECT_EQ(pathUnder("C:\\src\\drv\\a.c", "C:\\src"), "drv\\a.c");
  EXPECT_EQ(displayPath("/elsewhere/a.c", "/work/main"), "/elsewhere/a.c");
}

TEST(SourceLines, SplitsLikeClang) {
  EXPECT_EQ(SourceLines::splitLines("a\nb\r\nc\rd"),
            (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_EQ(SourceLines::splitLines("a\n\nb\n"), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_TRUE(SourceLines::splitLines("").empty());
  SourceLines sources;
  sources.setContent("/f.c", "one\ntwo\n");
  ASSERT_NE(sources.line("/f.c", 2), nullptr);
  EXPECT_EQ(*sources.line("/f.c", 2), "two");
  EXPECT_EQ(sources.line("/f.c", 3), nullptr);
  EXPECT_EQ(sources.line("/f.c", 0), nullptr);
  EXPECT_EQ(sources.line("/no/such/file.c", 1), nullptr);
}
