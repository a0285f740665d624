// Rules run on facts built by hand: the cases whose sources need headers the
// embedded default does not have (fltKernel.h, wdf.h), and the linking of
// facts from several translation units.
#include "engine/Analyzer.h"
#include "engine/RuleMetadata.h"
#include "knowledge/KnowledgeBase.h"

#include <gtest/gtest.h>

namespace unloadcheck {
namespace {

FunctionFact ddi(const std::string &name) {
  FunctionFact fn;
  fn.name = name;
  fn.systemHeaderOnly = true;
  return fn;
}

// DriverEntry, declared with its role type, calling `callees`.
TuFacts driverCalling(const std::vector<std::string> &callees) {
  TuFacts unit;
  unit.mainFile = "/src/driver.c";
  unit.parsed = true;
  FunctionFact entry;
  entry.name = "DriverEntry";
  entry.hasBody = true;
  DeclFact declaration{{"/src/driver.c", 3, 1}, {"/src/driver.c", 3, 19}, false, {"DRIVER_INITIALIZE"}, {}};
  DeclFact definition{{"/src/driver.c", 5, 1}, {"/src/driver.c", 6, 1}, true, {}, {}};
  definition.annotations.push_back({"_Use_decl_annotations_", {}, {"/src/driver.c", 5, 1}});
  entry.decls = {declaration, definition};
  unsigned line = 8;
  for (const std::string &callee : callees) {
    entry.calls.push_back({callee, {"/src/driver.c", line++, 5}});
    unit.functions.push_back(ddi(callee));
  }
  unit.functions.insert(unit.functions.begin(), entry);
  return unit;
}

std::vector<Finding> findingsOf(const std::vector<TuFacts> &units, const std::string &rule) {
  AnalysisOptions options;
  std::string error;
  EXPECT_TRUE(CheckSelection::parse("-*," + rule, {rule}, options.checks, error)) << error;
  AnalysisResult result;
  runRules(units, options, KnowledgeBase::builtin(), RuleCatalogue::builtin(), result);
  return result.findings;
}

TEST(UnloadAssignmentOnFacts, DeviceWithoutUnloadFires) {
  std::vector<Finding> findings = findingsOf({driverCalling({"IoCreateDevice"})}, "driver-unload-assignment");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].pos.line, 5u);
  EXPECT_NE(findings[0].message.find("calls IoCreateDevice but never stores an Unload routine"), std::string::npos);
  ASSERT_EQ(findings[0].related.size(), 1u);
  EXPECT_EQ(findings[0].related[0].pos.line, 8u);
}

TEST(UnloadAssignmentOnFacts, FrameworkDriversOwnTheirUnload) {
  for (const char *framework : {"FltRegisterFilter", "WdfDriverCreate", "NdisMRegisterMiniportDriver"})
    EXPECT_TRUE(findingsOf({driverCalling({"IoCreateDevice", framework})}, "driver-unload-assignment").empty())
        << framework;
}

TEST(UnloadAssignmentOnFacts, UnseenHelperKeepsItSilentAndSaysSo) {
  TuFacts unit = driverCalling({"IoCreateDevice"});
  unit.functions[0].calls.push_back({"InitFromOtherFile", {"/src/driver.c", 20, 5}});
  FunctionFact helper;
  helper.name = "InitFromOtherFile"; // declared in the driver's header, defined nowhere given
  helper.decls = {DeclFact{{"/src/driver.h", 2, 1}, {"/src/driver.h", 2, 6}, false, {}, {}}};
  unit.functions.push_back(helper);
  AnalysisOptions options;
  std::string error;
  ASSERT_TRUE(CheckSelection::parse("driver-unload-assignment", {"driver-unload-assignment"}, options.checks, error));
  AnalysisResult result;
  runRules({unit}, options, KnowledgeBase::builtin(), RuleCatalogue::builtin(), result);
  EXPECT_TRUE(result.findings.empty());
  ASSERT_EQ(result.notifications.size(), 1u);
  EXPECT_EQ(result.notifications[0].ruleId, "driver-unload-assignment");
}

TEST(RoleTypeOnFacts, DeclarationInAnotherUnitCounts) {
  // driver.c stores FooUnload; unload.c declares it DRIVER_UNLOAD and defines it.
  TuFacts entryUnit = driverCalling({});
  SlotStoreFact store;
  store.slot = "DriverUnload";
  store.value = SlotStoreFact::Value::Routine;
  store.routine = "FooUnload";
  store.enclosingFunction = "DriverEntry";
  store.unit = entryUnit.mainFile;
  store.pos = {"/src/driver.c", 9, 5};
  entryUnit.stores.push_back(store);
  FunctionFact prototype;
  prototype.name = "FooUnload";
  prototype.decls = {DeclFact{{"/src/driver.c", 2, 1}, {"/src/driver.c", 2, 6}, false, {}, {}}};
  entryUnit.functions.push_back(prototype);

  TuFacts unloadUnit;
  unloadUnit.mainFile = "/src/unload.c";
  unloadUnit.parsed = true;
  FunctionFact unload;
  unload.name = "FooUnload";
  unload.hasBody = true;
  unload.decls = {DeclFact{{"/src/unload.c", 3, 1}, {"/src/unload.c", 3, 15}, false, {"DRIVER_UNLOAD"}, {}},
                  DeclFact{{"/src/unload.c", 5, 1}, {"/src/unload.c", 6, 1}, true, {}, {}}};
  unloadUnit.functions.push_back(unload);

  EXPECT_TRUE(findingsOf({entryUnit, unloadUnit}, "driver-role-type").empty());
  // Without the unit that declares it, the prototype alone lacks the role type.
  std::vector<Finding> alone = findingsOf({entryUnit}, "driver-role-type");
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].pos, (SourcePos{"/src/driver.c", 2, 1}));
}

} // namespace
} // namespace unloadcheck
