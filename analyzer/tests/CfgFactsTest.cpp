// The control-flow facts of a function body: every path from entry to exit
// as the sequence of calls and returns it makes.
#include "frontend/CompileCommands.h"
#include "frontend/TranslationUnit.h"
#include "knowledge/KnowledgeBase.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <set>

using namespace unloadcheck;
namespace fs = std::filesystem;

namespace {

// "A B ret" per path: callee names, and "ret" for a return statement.
std::set<std::string> paths(const FunctionFact &fn) {
  std::set<std::string> found;
  const FunctionCfg &cfg = fn.cfg;
  // A block may be entered twice on one path: a loop runs zero times or once.
  std::function<void(unsigned, std::string, std::multiset<unsigned>)> walk =
      [&](unsigned block, std::string path, std::multiset<unsigned> seen) {
    if (seen.count(block) == 2)
      return;
    seen.insert(block);
    for (const CfgEvent &event : cfg.blocks[block].events) {
      path += path.empty() ? "" : " ";
      if (event.kind == CfgEvent::Kind::Return) {
        path += "ret";
      } else {
        path += fn.calls[event.call].callee;
      }
    }
    if (block == cfg.exit) {
      found.insert(path);
      return;
    }
    for (unsigned next : cfg.blocks[block].successors)
      walk(next, path, seen);
  };
  walk(cfg.entry, "", {});
  return found;
}

const FunctionFact *function(const TuFacts &facts, const std::string &name) {
  for (const FunctionFact &fn : facts.functions)
    if (fn.name == name && fn.hasBody)
      return &fn;
  return nullptr;
}

} // namespace

TEST(CfgFacts, EveryPathIsItsCallsAndReturnsInOrder) {
  const fs::path dir = fs::temp_directory_path() / "unloadcheck-cfg-test";
  fs::create_directories(dir);
  const fs::path source = dir / "cfg.c";
  std::ofstream(source) << R"c(
void A(void); void B(void); void C(void); void D(int);
int Sample(int x)
{
    A();
    if (x) {
        B();
    } else {
        C();
        return 1;
    }
    D(x > 0 ? 1 : 2);
    while (x--) {
        B();
    }
    return 0;
}
)c";
  TuFacts facts = analyzeTranslationUnit(source.string(), embeddedDefaultArguments(), KnowledgeBase::builtin());
  fs::remove_all(dir);
  ASSERT_TRUE(facts.parsed);
  ASSERT_EQ(facts.errorCount, 0u) << (facts.errors.empty() ? "" : facts.errors.front());
  const FunctionFact *sample = function(facts, "Sample");
  ASSERT_NE(sample, nullptr);
  ASSERT_FALSE(sample->cfg.blocks.empty());
  EXPECT_EQ(paths(*sample), (std::set<std::string>{"A C ret", "A B D ret", "A B D B ret"}));
  EXPECT_EQ(sample->cfg.end.line, 17u);
}
