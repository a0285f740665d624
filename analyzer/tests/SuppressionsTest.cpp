// Suppression comments: how a comment's text reads, and which findings the
// comments of a driver silence.
#include "engine/Suppressions.h"
#include "frontend/SuppressionComments.h"

#include <gtest/gtest.h>

using namespace unloadcheck;

namespace {

Finding findingAt(const std::string &rule, unsigned line, const std::string &file = "/d/a.c") {
  Finding finding;
  finding.ruleId = rule;
  finding.pos = {file, line, 1};
  return finding;
}

SuppressionComment marker(SuppressionComment::Kind kind, unsigned line, std::vector<std::string> rules = {}) {
  SuppressionComment comment;
  comment.kind = kind;
  comment.file = "/d/a.c";
  comment.line = line;
  comment.rules = std::move(rules);
  return comment;
}

} // namespace

TEST(SuppressionComments, MarkersAndTheirRules) {
  auto found = parseSuppressionComment("// NOLINT");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, SuppressionComment::Kind::Line);
  EXPECT_TRUE(found[0].rules.empty());

  found = parseSuppressionComment("// NOLINTNEXTLINE(driver-irql, driver-unload-*) because");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, SuppressionComment::Kind::NextLine);
  EXPECT_EQ(found[0].rules, (std::vector<std::string>{"driver-irql", "driver-unload-*"}));

  EXPECT_EQ(parseSuppressionComment("/* NOLINTBEGIN(driver-irql) */")[0].kind, SuppressionComment::Kind::Begin);
  EXPECT_EQ(parseSuppressionComment("// NOLINTEND")[0].kind, SuppressionComment::Kind::End);
  EXPECT_TRUE(parseSuppressionComment("// NOLINTS are not markers, nor NOLINT(unclosed").empty());
}

TEST(Suppressions, LinesRulesAndRanges) {
  const Suppressions suppressions({
      marker(SuppressionComment::Kind::Line, 10),
      marker(SuppressionComment::Kind::Line, 20, {"driver-irql"}),
      marker(SuppressionComment::Kind::NextLine, 29, {"driver-unload-*"}),
      marker(SuppressionComment::Kind::Begin, 40, {"driver-role-type"}),
      marker(SuppressionComment::Kind::End, 50, {"driver-role-type"}),
      marker(SuppressionComment::Kind::Begin, 90),
  });
  EXPECT_TRUE(suppressions.suppresses(findingAt("driver-role-type", 10)));
  EXPECT_FALSE(suppressions.suppresses(findingAt("driver-role-type", 11)));
  EXPECT_FALSE(suppressions.suppresses(findingAt("driver-role-type", 10, "/d/b.c")));
  EXPECT_TRUE(suppressions.suppresses(findingAt("driver-irql", 20)));
  EXPECT_FALSE(suppressions.suppresses(findingAt("driver-irql-not-restored", 20)));
  EXPECT_TRUE(suppressions.suppresses(findingAt("driver-unload-pending-work", 30)));
  EXPECT_FALSE(suppressions.suppresses(findingAt("driver-unload-pending-work", 29)));
  EXPECT_TRUE(suppressions.suppresses(findingAt("driver-role-type", 45)));
  EXPECT_FALSE(suppressions.suppresses(findingAt("driver-irql", 45)));
  EXPECT_FALSE(suppressions.suppresses(findingAt("driver-role-type", 51)));
  // A NOLINTBEGIN never closed runs to the end of the file.
  EXPECT_TRUE(suppressions.suppresses(findingAt("driver-irql", 5000)));
}
