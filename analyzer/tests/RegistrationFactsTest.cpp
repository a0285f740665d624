// Routines stored in registration structures the system calls back through
// (FLT_REGISTRATION, FLT_OPERATION_REGISTRATION): positional and designated
// initializers, fields left out, and assignments.
#include "frontend/CompileCommands.h"
#include "frontend/TranslationUnit.h"
#include "knowledge/KnowledgeBase.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

using namespace unloadcheck;
namespace fs = std::filesystem;

namespace {

// The shapes only; the field names are what the knowledge base keys on.
const char *const kRecords = R"c(
typedef long NTSTATUS;
typedef NTSTATUS (*PUNLOAD)(unsigned long Flags);
typedef int (*PPRE)(void *Data);
typedef void (*PPOST)(void *Data);
typedef struct _FLT_OPERATION_REGISTRATION {
    unsigned char MajorFunction; unsigned long Flags; PPRE PreOperation; PPOST PostOperation; void *Reserved1;
} FLT_OPERATION_REGISTRATION;
typedef struct _FLT_REGISTRATION {
    unsigned short Size; unsigned short Version; unsigned long Flags; const void *ContextRegistration;
    const FLT_OPERATION_REGISTRATION *OperationRegistration; PUNLOAD FilterUnloadCallback;
    void *InstanceSetupCallback;
} FLT_REGISTRATION;
NTSTATUS FilterUnload(unsigned long Flags);
int PreCreate(void *Data);
void PostCreate(void *Data);
)c";

TuFacts analyse(const std::string &body) {
  const fs::path dir = fs::temp_directory_path() / ("unloadcheck-registration-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path source = dir / "registration.c";
  std::ofstream(source) << kRecords << body;
  TuFacts facts = analyzeTranslationUnit(source.string(), embeddedDefaultArguments(), KnowledgeBase::builtin());
  fs::remove_all(dir);
  EXPECT_EQ(facts.errorCount, 0u) << (facts.errors.empty() ? "" : facts.errors.front());
  return facts;
}

std::vector<std::string> describe(const TuFacts &facts) {
  std::vector<std::string> found;
  for (const SlotStoreFact &store : facts.registrationStores) {
    std::string value = store.value == SlotStoreFact::Value::Routine ? store.routine
                        : store.value == SlotStoreFact::Value::Null  ? "NULL"
                                                                     : "?";
    found.push_back(store.slot + "=" + value + (store.holder.empty() ? "" : " in " + store.holder));
  }
  return found;
}

} // namespace

TEST(RegistrationFacts, PositionalInitializerAndOperationTable) {
  TuFacts facts = analyse(R"c(
const FLT_OPERATION_REGISTRATION Callbacks[] = {
    { 0, 0, PreCreate, PostCreate },
    { 0x80 }
};
const FLT_REGISTRATION FilterRegistration = { sizeof(FLT_REGISTRATION), 2, 0, 0, Callbacks, FilterUnload };
)c");
  EXPECT_EQ(describe(facts), (std::vector<std::string>{
                                 "PreOperation=PreCreate", "PostOperation=PostCreate", "PreOperation=NULL",
                                 "PostOperation=NULL", "FilterUnloadCallback=FilterUnload in g:FilterRegistration",
                                 "InstanceSetupCallback=NULL in g:FilterRegistration"}));
}

TEST(RegistrationFacts, DesignatedInitializerLeavingTheUnloadCallbackOut) {
  TuFacts facts = analyse(R"c(
const FLT_REGISTRATION FilterRegistration = { .Size = sizeof(FLT_REGISTRATION), .Version = 2 };
)c");
  EXPECT_EQ(describe(facts), (std::vector<std::string>{"FilterUnloadCallback=NULL in g:FilterRegistration",
                                                       "InstanceSetupCallback=NULL in g:FilterRegistration"}));
}

TEST(RegistrationFacts, AssignmentAtRunTime) {
  TuFacts facts = analyse(R"c(
FLT_REGISTRATION gRegistration;
void Build(FLT_REGISTRATION *other)
{
    gRegistration.FilterUnloadCallback = FilterUnload;
    other->FilterUnloadCallback = 0;
}
)c");
  EXPECT_EQ(describe(facts), (std::vector<std::string>{"FilterUnloadCallback=FilterUnload in g:gRegistration",
                                                       "FilterUnloadCallback=NULL"}));
}
