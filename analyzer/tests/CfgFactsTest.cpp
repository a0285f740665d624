// The control-flow facts of a function body: every path from entry to exit
// as the sequence of calls and returns it makes.
#include "frontend/CompileCommands.h"
#include "frontend/TranslationUnit.h"
#include "knowledge/KnowledgeBase.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <unistd.h>
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
      if (event.kind != CfgEvent::Kind::Call && event.kind != CfgEvent::Kind::Return)
        continue;
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
  const fs::path dir = fs::temp_directory_path() / ("unloadcheck-cfg-" + std::to_string(::getpid()));
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

namespace {

const FunctionFact *parse(const std::string &code, TuFacts &facts, const std::string &name) {
  const fs::path dir = fs::temp_directory_path() / ("unloadcheck-cfg-values-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path source = dir / "values.c";
  std::ofstream(source) << code;
  facts = analyzeTranslationUnit(source.string(), embeddedDefaultArguments(), KnowledgeBase::builtin());
  fs::remove_all(dir);
  EXPECT_EQ(facts.errorCount, 0u) << (facts.errors.empty() ? "" : facts.errors.front());
  return function(facts, name);
}

std::string describe(const ValueFact &value) {
  switch (value.kind) {
  case ValueFact::Kind::None: return "none";
  case ValueFact::Kind::Unknown: return "?";
  case ValueFact::Kind::Constant: return std::to_string(value.constant);
  case ValueFact::Kind::Variable: return value.variable;
  case ValueFact::Kind::CallResult: return "call" + std::to_string(value.call);
  case ValueFact::Kind::ParamField: return "p" + std::to_string(value.param) + "." + value.field;
  }
  return "";
}

// Every event of the function, block by block in block-id order.
std::vector<std::string> events(const FunctionFact &fn) {
  std::vector<std::string> found;
  for (const CfgBlock &block : fn.cfg.blocks)
    for (const CfgEvent &event : block.events)
      switch (event.kind) {
      case CfgEvent::Kind::Call: found.push_back(fn.calls[event.call].callee); break;
      case CfgEvent::Kind::Return: found.push_back("ret " + describe(event.value)); break;
      case CfgEvent::Kind::Assign: found.push_back(event.variable + "=" + describe(event.value)); break;
      case CfgEvent::Kind::Store:
        found.push_back("p" + std::to_string(event.param) + "." + event.field + "=" + describe(event.value));
        break;
      case CfgEvent::Kind::ParamUse:
        found.push_back("use p" + std::to_string(event.param) +
                        (event.argumentOf ? " of call" + std::to_string(*event.argumentOf) : ""));
        break;
      }
  return found;
}

} // namespace

TEST(CfgFacts, AssignmentsStoresReturnsAndParameterReadsAreEvents) {
  TuFacts facts;
  const FunctionFact *fn = parse(R"c(
struct Status { long Status; };
struct Request { struct Status IoStatus; };
void Complete(struct Request *r);
long Dispatch(void *Device, struct Request *Irp)
{
    long status = 5;
    long copy;
    Irp->IoStatus.Status = status;
    Complete(Irp);
    copy = status;
    return copy;
}
)c", facts, "Dispatch");
  ASSERT_NE(fn, nullptr);
  std::vector<std::string> found = events(*fn);
  for (const char *expected : {"status@7=5", "use p1", "p1.IoStatus.Status=status@7", "use p1 of call0",
                               "Complete", "copy@8=status@7", "ret copy@8"})
    EXPECT_NE(std::find(found.begin(), found.end(), expected), found.end()) << expected;
}

TEST(CfgFacts, AVariableWhoseAddressIsTakenIsNotFollowed) {
  TuFacts facts;
  const FunctionFact *fn = parse(R"c(
void Fill(long *out);
long Sample(void)
{
    long status = 0;
    Fill(&status);
    return status;
}
)c", facts, "Sample");
  ASSERT_NE(fn, nullptr);
  std::vector<std::string> found = events(*fn);
  EXPECT_NE(std::find(found.begin(), found.end(), "ret ?"), found.end());
}

TEST(CfgFacts, BranchesOnBitsOfAParameterAreRecorded) {
  TuFacts facts;
  const FunctionFact *fn = parse(R"c(
#define FlagOn(F, SF) ((F) & (SF))
void Set(void); void Clear(void);
long Sample(unsigned long Flags)
{
    if (!FlagOn(Flags, 0x1)) {
        Clear();
        return 1;
    }
    Set();
    return 0;
}
)c", facts, "Sample");
  ASSERT_NE(fn, nullptr);
  const BitTestFact *test = nullptr;
  for (const CfgBlock &block : fn->cfg.blocks)
    if (block.bitTest)
      test = &*block.bitTest;
  ASSERT_NE(test, nullptr);
  EXPECT_EQ(test->param, 0);
  EXPECT_EQ(test->mask, 1);
  ASSERT_GE(test->whenSet, 0);
  ASSERT_GE(test->whenClear, 0);
  auto firstCall = [&](int block) {
    for (const CfgEvent &event : fn->cfg.blocks[block].events)
      if (event.kind == CfgEvent::Kind::Call)
        return fn->calls[event.call].callee;
    return std::string();
  };
  EXPECT_EQ(firstCall(test->whenSet), "Set");
  EXPECT_EQ(firstCall(test->whenClear), "Clear");
}
