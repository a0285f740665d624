#include "report/AtomicFile.h"
#include "report/LineHash.h"
#include "report/MarkdownText.h"
#include "report/SarifReporter.h"
#include "report/SarifUri.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace unloadcheck;
using nlohmann::json;

namespace {

RuleMetadata roleTypeRule() {
  RuleMetadata rule;
  rule.id = "driver-role-type";
  rule.number = 1;
  rule.name = "DriverRoleType";
  rule.level = Level::Warning;
  rule.precision = "very-high";
  rule.tags = {"correctness", "wdm"};
  rule.shortDescription = "Driver routine not declared with its role type";
  rule.fullDescription = "A routine stored in a driver callback slot must be declared with its role type.";
  rule.documentation = "# driver-role-type\n\nDeclare `FooUnload` with **DRIVER_UNLOAD**.\n\n"
                       "```c\nDRIVER_UNLOAD FooUnload;\n```\n";
  return rule;
}

RuleMetadata namingRule() {
  RuleMetadata rule;
  rule.id = "driver-routine-naming";
  rule.number = 5;
  rule.name = "DriverRoutineNaming";
  rule.level = Level::Note;
  rule.precision = "high";
  rule.tags = {"style"};
  rule.shortDescription = "Routine not named after its role";
  rule.fullDescription = "An Unload routine should be named XxxUnload.";
  return rule; // no page: help falls back to the full description
}

Finding finding(const std::string &rule, Level level, SourcePos pos, std::string message,
                std::vector<RelatedLocation> related = {}) {
  Finding f;
  f.ruleId = rule;
  f.level = level;
  f.pos = std::move(pos);
  f.message = std::move(message);
  f.related = std::move(related);
  return f;
}

class SarifReporterTest : public ::testing::Test {
protected:
  void SetUp() override {
    run_.toolVersion = "0.1.0";
    run_.rules = {&roleType_, &naming_};
    run_.sourceRoot = "/proj";
    run_.automationId = "unloadcheck/";
    run_.artifacts = {"/proj/src/unload.c", "/proj/src/entry.c", "/proj/src/unload.c"};
    sources_.setContent("/proj/src/unload.c",
                        "VOID FooUnload(PDRIVER_OBJECT DriverObject);\n"
                        "VOID BarUnload(PDRIVER_OBJECT DriverObject);\n"
                        "  VOID   FooUnload(PDRIVER_OBJECT DriverObject);\n"
                        "VOID FooUnload(PDRIVER_OBJECT DriverObject);\n");
    sources_.setContent("/proj/src/entry.c", "  DriverObject->DriverUnload = FooUnload;\n");
  }

  json render(const std::vector<Finding> &findings) {
    return json::parse(renderSarif(findings, run_, sources_));
  }

  RuleMetadata roleType_ = roleTypeRule();
  RuleMetadata naming_ = namingRule();
  SarifRunInfo run_;
  SourceLines sources_;
};

} // namespace

TEST_F(SarifReporterTest, LogToolAndRules) {
  json log = render({});
  EXPECT_EQ(log["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  EXPECT_EQ(log["version"], "2.1.0");
  ASSERT_EQ(log["runs"].size(), 1u);
  const json &run = log["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "unloadcheck");
  EXPECT_EQ(run["tool"]["driver"]["semanticVersion"], "0.1.0");
  EXPECT_EQ(run["tool"]["driver"]["version"], "0.1.0");
  EXPECT_FALSE(run["tool"]["driver"].contains("informationUri"));
  EXPECT_EQ(run["automationDetails"]["id"], "unloadcheck/");
  EXPECT_EQ(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///proj/");
  EXPECT_EQ(run["invocations"][0]["executionSuccessful"], true);
  EXPECT_EQ(run["results"], json::array());

  const json &rules = run["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[0]["id"], "driver-role-type");
  EXPECT_EQ(rules[0]["name"], "DriverRoleType");
  EXPECT_EQ(rules[0]["shortDescription"]["text"], roleType_.shortDescription);
  EXPECT_EQ(rules[0]["fullDescription"]["text"], roleType_.fullDescription);
  EXPECT_EQ(rules[0]["defaultConfiguration"]["level"], "warning");
  EXPECT_EQ(rules[0]["help"]["markdown"], roleType_.documentation);
  EXPECT_EQ(rules[0]["help"]["text"],
            "driver-role-type\n\nDeclare FooUnload with DRIVER_UNLOAD.\n\n"
            "    DRIVER_UNLOAD FooUnload;");
  EXPECT_EQ(rules[0]["properties"]["tags"], json({"correctness", "wdm"}));
  EXPECT_EQ(rules[0]["properties"]["precision"], "very-high");
  EXPECT_EQ(rules[0]["properties"]["problem.severity"], "warning");
  EXPECT_EQ(rules[1]["defaultConfiguration"]["level"], "note");
  EXPECT_EQ(rules[1]["properties"]["problem.severity"], "recommendation");
  EXPECT_EQ(rules[1]["help"]["text"], naming_.fullDescription);

  // Sorted, deduplicated, relative to the root.
  ASSERT_EQ(run["artifacts"].size(), 2u);
  EXPECT_EQ(run["artifacts"][0]["location"]["uri"], "src/entry.c");
  EXPECT_EQ(run["artifacts"][1]["location"]["uri"], "src/unload.c");
  EXPECT_EQ(run["artifacts"][1]["location"]["uriBaseId"], "%SRCROOT%");
}

TEST_F(SarifReporterTest, ResultLocationsAndRuleIndex) {
  json log = render({
      finding("driver-routine-naming", Level::Note, {"/proj/src/unload.c", 2, 6},
              "'BarUnload' ..."),
      finding("driver-role-type", Level::Warning, {"/proj/src/unload.c", 1, 6},
              "'FooUnload' is not declared with DRIVER_UNLOAD",
              {{{"/proj/src/entry.c", 1, 3}, "stored in DriverUnload here"}}),
  });
  const json &results = log["runs"][0]["results"];
  ASSERT_EQ(results.size(), 2u);
  // Sorted by position, whatever the input order.
  const json &first = results[0];
  EXPECT_EQ(first["ruleId"], "driver-role-type");
  EXPECT_EQ(first["ruleIndex"], 0);
  EXPECT_EQ(first["level"], "warning");
  EXPECT_EQ(first["message"]["text"], "'FooUnload' is not declared with DRIVER_UNLOAD");
  const json &physical = first["locations"][0]["physicalLocation"];
  EXPECT_EQ(physical["artifactLocation"], json({{"uri", "src/unload.c"}, {"uriBaseId", "%SRCROOT%"}}));
  EXPECT_EQ(physical["region"], json({{"startLine", 1}, {"startColumn", 6}}));
  ASSERT_EQ(first["relatedLocations"].size(), 1u);
  EXPECT_EQ(first["relatedLocations"][0]["id"], 1);
  EXPECT_EQ(first["relatedLocations"][0]["message"]["text"], "stored in DriverUnload here");
  EXPECT_EQ(first["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "src/entry.c");
  EXPECT_EQ(first["relatedLocations"][0]["physicalLocation"]["region"]["startColumn"], 3);

  EXPECT_EQ(results[1]["ruleId"], "driver-routine-naming");
  EXPECT_EQ(results[1]["ruleIndex"], 1);
  EXPECT_EQ(results[1]["level"], "note");
  EXPECT_FALSE(results[1].contains("relatedLocations"));
}

TEST_F(SarifReporterTest, FixesCarryTheirEditsPerFile) {
  sources_.setContent("/other/x.h", "\xC3\xA9tat;\n");
  Finding fixed = finding("driver-role-type", Level::Warning, {"/proj/src/unload.c", 1, 6}, "m");
  fixed.fix = Fix{"insert 'DRIVER_UNLOAD FooUnload;' before 'FooUnload'",
                  {{{"/proj/src/unload.c", 1, 1}, 0, "DRIVER_UNLOAD FooUnload;\n"},
                   {{"/other/x.h", 1, 3}, 4, "e"},           // after a two-byte character
                   {{"/proj/src/unload.c", 1, 45}, 1, " "}}}; // the line break: ends on line 2
  json log = render({fixed, finding("driver-routine-naming", Level::Note, {"/proj/src/unload.c", 2, 6}, "n")});
  const json &results = log["runs"][0]["results"];
  ASSERT_EQ(results.size(), 2u);
  EXPECT_FALSE(results[1].contains("fixes"));
  ASSERT_EQ(results[0]["fixes"].size(), 1u);
  const json &fix = results[0]["fixes"][0];
  EXPECT_EQ(fix["description"]["text"], "insert 'DRIVER_UNLOAD FooUnload;' before 'FooUnload'");
  ASSERT_EQ(fix["artifactChanges"].size(), 2u);
  const json &inRoot = fix["artifactChanges"][0];
  EXPECT_EQ(inRoot["artifactLocation"], json({{"uri", "src/unload.c"}, {"uriBaseId", "%SRCROOT%"}}));
  ASSERT_EQ(inRoot["replacements"].size(), 2u);
  EXPECT_EQ(inRoot["replacements"][0],
            json({{"deletedRegion", {{"startLine", 1}, {"startColumn", 1}, {"endLine", 1}, {"endColumn", 1}}},
                  {"insertedContent", {{"text", "DRIVER_UNLOAD FooUnload;\n"}}}}));
  EXPECT_EQ(inRoot["replacements"][1]["deletedRegion"],
            json({{"startLine", 1}, {"startColumn", 45}, {"endLine", 2}, {"endColumn", 1}}));
  const json &outside = fix["artifactChanges"][1];
  EXPECT_EQ(outside["artifactLocation"], json({{"uri", "file:///other/x.h"}}));
  // Bytes 3-6 are "tat;": UTF-16 columns 2 to 6.
  EXPECT_EQ(outside["replacements"][0]["deletedRegion"],
            json({{"startLine", 1}, {"startColumn", 2}, {"endLine", 1}, {"endColumn", 6}}));
  EXPECT_EQ(outside["replacements"][0]["insertedContent"]["text"], "e");
}

TEST_F(SarifReporterTest, UrisOutsideRootAndPercentEncoding) {
  json log = render({
      finding("driver-role-type", Level::Warning, {"/proj/my src/a b.c", 4, 1}, "m"),
      finding("driver-role-type", Level::Warning, {"/other/x#1.c", 2, 1}, "m"),
  });
  const json &results = log["runs"][0]["results"];
  ASSERT_EQ(results.size(), 2u);
  const json &outside = results[0]["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(outside, json({{"uri", "file:///other/x%231.c"}}));
  const json &inside = results[1]["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(inside, json({{"uri", "my%20src/a%20b.c"}, {"uriBaseId", "%SRCROOT%"}}));

  EXPECT_EQ(percentEncodePath("dir/a+b:c%\xC3\xA9.c"), "dir/a%2Bb%3Ac%25%C3%A9.c");
  EXPECT_EQ(fileUri("C:\\src\\my drv\\a.c"), "file:///C:/src/my%20drv/a.c");
  EXPECT_EQ(directoryUri("/proj/"), "file:///proj/");
  EXPECT_EQ(directoryUri("/"), "file:///");
}

TEST_F(SarifReporterTest, NoSourceRootMeansAbsoluteUris) {
  run_.sourceRoot.clear();
  json log = render({finding("driver-role-type", Level::Warning, {"/proj/src/unload.c", 1, 6}, "m")});
  const json &run = log["runs"][0];
  EXPECT_FALSE(run.contains("originalUriBaseIds"));
  EXPECT_EQ(run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"],
            json({{"uri", "file:///proj/src/unload.c"}}));
}

TEST_F(SarifReporterTest, FingerprintsDistinguishLinesAndCountDuplicates) {
  json log = render({
      finding("driver-role-type", Level::Warning, {"/proj/src/unload.c", 1, 6}, "a"),
      finding("driver-role-type", Level::Warning, {"/proj/src/unload.c", 2, 6}, "b"),
      // Same text as line 1 with other indentation, and the same text again.
      finding("driver-role-type", Level::Warning, {"/proj/src/unload.c", 3, 10}, "c"),
      finding("driver-role-type", Level::Warning, {"/proj/src/unload.c", 4, 6}, "d"),
      finding("driver-routine-naming", Level::Note, {"/proj/src/unload.c", 1, 6}, "e"),
  });
  std::vector<std::string> prints;
  for (const json &result : log["runs"][0]["results"])
    prints.push_back(result["partialFingerprints"]["primaryLocationLineHash"]);
  ASSERT_EQ(prints.size(), 5u);
  // Order: line 1 (role type, naming), line 2, line 3, line 4.
  auto hash = [](const std::string &print) { return print.substr(0, print.find(':')); };
  auto count = [](const std::string &print) { return print.substr(print.find(':') + 1); };
  EXPECT_EQ(hash(prints[0]).size(), 16u);
  EXPECT_EQ(count(prints[0]), "1");
  EXPECT_NE(hash(prints[0]), hash(prints[1])); // other rule, same line
  EXPECT_EQ(count(prints[1]), "1");
  EXPECT_NE(hash(prints[0]), hash(prints[2])); // other line text
  EXPECT_EQ(count(prints[2]), "1");
  EXPECT_EQ(prints[3], hash(prints[0]) + ":2"); // re-indented duplicate
  EXPECT_EQ(prints[4], hash(prints[0]) + ":3");
  EXPECT_EQ(hash(prints[0]), lineHash("driver-role-type", sources_.line("/proj/src/unload.c", 1)));
}

TEST_F(SarifReporterTest, FingerprintCountsAreKeptPerFile) {
  sources_.setContent("/proj/src/copy.c", "VOID FooUnload(PDRIVER_OBJECT DriverObject);\n");
  json log = render({
      finding("driver-role-type", Level::Warning, {"/proj/src/copy.c", 1, 6}, "a"),
      finding("driver-role-type", Level::Warning, {"/proj/src/unload.c", 1, 6}, "b"),
  });
  const json &results = log["runs"][0]["results"];
  EXPECT_EQ(results[0]["partialFingerprints"], results[1]["partialFingerprints"]);
  EXPECT_EQ(results[1]["partialFingerprints"]["primaryLocationLineHash"].get<std::string>().substr(16),
            ":1");
}

TEST_F(SarifReporterTest, ColumnsAreUtf16CodeUnits) {
  // é is 2 bytes and 1 UTF-16 unit; U+1F600 is 4 bytes and 2 units.
  sources_.setContent("/proj/u.c", "/* \xC3\xA9 \xF0\x9F\x98\x80 */ x;\n");
  json log = render({finding("driver-role-type", Level::Warning, {"/proj/u.c", 1, 15}, "m")});
  const json &run = log["runs"][0];
  EXPECT_EQ(run["columnKind"], "utf16CodeUnits");
  EXPECT_EQ(run["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"], 12);
}

TEST_F(SarifReporterTest, Notifications) {
  Notification general;
  general.message = "2 files could not be parsed";
  Notification positioned;
  positioned.level = Level::Warning;
  positioned.message = "call through a pointer not followed";
  positioned.pos = {"/proj/src/unload.c", 2, 3};
  positioned.ruleId = "driver-routine-naming";
  Notification otherRule;
  otherRule.message = "rule not enabled for this run";
  otherRule.ruleId = "driver-irql";
  run_.notifications = {positioned, general, otherRule, general};

  json log = render({});
  const json &notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"];
  ASSERT_EQ(notes.size(), 3u); // the duplicate is said once
  EXPECT_EQ(notes[0], json({{"level", "note"}, {"message", {{"text", "2 files could not be parsed"}}}}));
  EXPECT_EQ(notes[1]["associatedRule"], json({{"id", "driver-irql"}}));
  EXPECT_EQ(notes[2]["level"], "warning");
  EXPECT_EQ(notes[2]["associatedRule"], json({{"id", "driver-routine-naming"}, {"index", 1}}));
  EXPECT_EQ(notes[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "src/unload.c");
  EXPECT_EQ(notes[2]["locations"][0]["physicalLocation"]["region"]["startLine"], 2);
}

TEST_F(SarifReporterTest, UnknownRuleIsRejected) {
  EXPECT_THROW(render({finding("no-such-rule", Level::Warning, {"/proj/a.c", 1, 1}, "m")}),
               std::invalid_argument);
}

TEST_F(SarifReporterTest, OutputIsByteIdenticalAndIndependentOfInputOrder) {
  std::vector<Finding> findings = {
      finding("driver-role-type", Level::Warning, {"/proj/src/unload.c", 1, 6}, "a",
              {{{"/proj/src/entry.c", 1, 3}, "here"}}),
      finding("driver-routine-naming", Level::Note, {"/proj/src/unload.c", 2, 6}, "b"),
      finding("driver-role-type", Level::Warning, {"/proj/src/unload.c", 4, 6}, "c"),
  };
  Notification note;
  note.message = "n";
  run_.notifications = {note};
  std::string first = renderSarif(findings, run_, sources_);
  EXPECT_EQ(renderSarif(findings, run_, sources_), first);
  std::reverse(findings.begin(), findings.end());
  EXPECT_EQ(renderSarif(findings, run_, sources_), first);
  // No timestamps or machine paths: the root is the only absolute path.
  EXPECT_EQ(first.find("file:///"), first.find("file:///proj/"));
  EXPECT_EQ(first.find("file:///", first.find("file:///") + 1), std::string::npos);
}

TEST_F(SarifReporterTest, ExactLayout) {
  run_.rules = {&naming_};
  run_.artifacts.clear();
  std::string text = renderSarif(
      {finding("driver-routine-naming", Level::Note, {"/proj/src/unload.c", 2, 6}, "b")}, run_,
      sources_);
  std::string print = lineHash("driver-routine-naming", sources_.line("/proj/src/unload.c", 2));
  EXPECT_EQ(text, R"({
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "unloadcheck",
          "semanticVersion": "0.1.0",
          "version": "0.1.0",
          "rules": [
            {
              "id": "driver-routine-naming",
              "name": "DriverRoutineNaming",
              "shortDescription": {
                "text": "Routine not named after its role"
              },
              "fullDescription": {
                "text": "An Unload routine should be named XxxUnload."
              },
              "defaultConfiguration": {
                "level": "note"
              },
              "help": {
                "text": "An Unload routine should be named XxxUnload.",
                "markdown": "An Unload routine should be named XxxUnload."
              },
              "properties": {
                "tags": [
                  "style"
                ],
                "precision": "high",
                "problem.severity": "recommendation"
              }
            }
          ]
        }
      },
      "automationDetails": {
        "id": "unloadcheck/"
      },
      "originalUriBaseIds": {
        "%SRCROOT%": {
          "uri": "file:///proj/"
        }
      },
      "invocations": [
        {
          "executionSuccessful": true,
          "toolExecutionNotifications": []
        }
      ],
      "columnKind": "utf16CodeUnits",
      "results": [
        {
          "ruleId": "driver-routine-naming",
          "ruleIndex": 0,
          "level": "note",
          "message": {
            "text": "b"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "src/unload.c",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 6
                }
              }
            }
          ],
          "partialFingerprints": {
            "primaryLocationLineHash": ")" + print + R"(:1"
          }
        }
      ]
    }
  ]
}
)");
}

TEST(LineHash, IsStableAcrossReleases) {
  // Changing this value re-opens every alert on GitHub: keep the algorithm.
  std::string line = "VOID FooUnload(PDRIVER_OBJECT DriverObject);";
  EXPECT_EQ(lineHash("driver-role-type", &line), lineHash("driver-role-type", &line));
  std::string reindented = "\t VOID  FooUnload(PDRIVER_OBJECT   DriverObject);  ";
  EXPECT_EQ(lineHash("driver-role-type", &line), lineHash("driver-role-type", &reindented));
  std::string joined = "VOIDFooUnload(PDRIVER_OBJECT DriverObject);";
  EXPECT_NE(lineHash("driver-role-type", &line), lineHash("driver-role-type", &joined));
  EXPECT_EQ(lineHash("driver-role-type", &line), "e15a484b1eb39ffb");
}

TEST(MarkdownText, StripsSyntaxButNotIdentifiers) {
  EXPECT_EQ(markdownToText("## Why ##\n\n\n\nUse `_Use_decl_annotations_` on **every** *definition*.\n"
                           "See [the docs](https://learn.microsoft.com/x) and [https://a.b](https://a.b).\n"
                           "`a*b` stays, 2 * 3 * 4 stays, \\*escaped\\* loses the backslash.\n"
                           "[a] and [b](c)\n"
                           "~~~\n  indented code\n\nmore code\n~~~\n\n\n"),
            "Why\n\n"
            "Use _Use_decl_annotations_ on every definition.\n"
            "See the docs (https://learn.microsoft.com/x) and https://a.b.\n"
            "a*b stays, 2 * 3 * 4 stays, *escaped* loses the backslash.\n"
            "[a] and b (c)\n"
            "      indented code\n\n    more code");
}

TEST(SarifValidator, AcceptsRenderedLogAndRejectsBrokenOne) {
  // tools/setup.sh installs Debian's python3-jsonschema: its absence is a failure.
  const std::string python = UNLOADCHECK_PYTHON;
  ASSERT_EQ(std::system((python + " -c 'import jsonschema' >/dev/null 2>&1").c_str()), 0)
      << python << " cannot import jsonschema (install python3-jsonschema)";
  std::string source = UNLOADCHECK_SOURCE_DIR;
  std::string command = python + " '" + source + "/tools/validate-sarif.py' '" + source +
                        "/testdata/sarif/sarif-schema-2.1.0.json' ";

  RuleMetadata roleType = roleTypeRule(), naming = namingRule();
  SarifRunInfo run;
  run.toolVersion = "0.1.0";
  run.rules = {&roleType, &naming};
  run.sourceRoot = "/proj";
  run.artifacts = {"/proj/src/unload.c"};
  Notification note;
  note.message = "n";
  note.pos = {"/proj/src/unload.c", 1, 1};
  note.ruleId = "driver-role-type";
  run.notifications = {note};
  SourceLines sources;
  sources.setContent("/proj/src/unload.c", "VOID FooUnload(PDRIVER_OBJECT DriverObject);\n");
  std::vector<Finding> findings = {
      finding("driver-role-type", Level::Warning, {"/proj/src/unload.c", 1, 6}, "a",
              {{{"/proj/src/entry.c", 1, 3}, "here"}}),
      finding("driver-role-type", Level::Warning, {"/proj/src/unload.c", 1, 6}, "b"),
      finding("driver-routine-naming", Level::Note, {"/proj/my src/x.c", 3, 1}, "c"),
      finding("driver-routine-naming", Level::Note, {"/elsewhere/y.c", 3, 1}, "d"),
  };
  // A fix with an insertion and a replacement, in the root and outside it.
  findings[1].fix = Fix{"insert 'DRIVER_UNLOAD FooUnload;' before 'FooUnload'",
                        {{{"/proj/src/unload.c", 1, 1}, 0, "DRIVER_UNLOAD FooUnload;\n"},
                         {{"/proj/src/unload.c", 1, 1}, 4, "VOID"},
                         {{"/elsewhere/y.c", 3, 1}, 0, "x"}}};
  std::string text = renderSarif(findings, run, sources);

  fs::path dir = fs::temp_directory_path() / ("unloadcheck-sarif-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string good = (dir / "good.sarif").string(), bad = (dir / "bad.sarif").string();
  std::string error;
  ASSERT_TRUE(writeFileAtomically(good, text, error)) << error;
  json broken = json::parse(text);
  // Schema-valid, but GitHub would file the result under the wrong rule.
  ASSERT_EQ(broken["runs"][0]["results"][1]["ruleId"], "driver-routine-naming");
  broken["runs"][0]["results"][1]["ruleIndex"] = 0;
  ASSERT_TRUE(writeFileAtomically(bad, broken.dump(2), error)) << error;
  // A replacement without the region it replaces is not SARIF.
  json badFix = json::parse(text);
  bool hadFix = false;
  for (json &result : badFix["runs"][0]["results"])
    if (result.contains("fixes")) {
      result["fixes"][0]["artifactChanges"][0]["replacements"][0].erase("deletedRegion");
      hadFix = true;
    }
  ASSERT_TRUE(hadFix) << text;
  std::string badFixFile = (dir / "bad-fix.sarif").string();
  ASSERT_TRUE(writeFileAtomically(badFixFile, badFix.dump(2), error)) << error;

  int goodStatus = std::system((command + "'" + good + "'").c_str());
  int badStatus = std::system((command + "'" + bad + "' 2>/dev/null").c_str());
  int badFixStatus = std::system((command + "'" + badFixFile + "' >/dev/null 2>&1").c_str());
  fs::remove_all(dir);
  EXPECT_EQ(goodStatus, 0) << text;
  EXPECT_NE(badStatus, 0);
  EXPECT_NE(badFixStatus, 0);
}
