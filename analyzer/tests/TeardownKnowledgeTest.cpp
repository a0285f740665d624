// The teardown knowledge file format and identity matching.
#include "knowledge/KnowledgeBase.h"
#include "model/Teardown.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace unloadcheck;

namespace {

const char *kSession = R"json({
  "resources": [{
    "id": "session", "what": "session", "unreleased": "closed", "scope": "device",
    "acquire": [{"call": "OpenSession", "identity": {"out": 1}, "when": {"arg": 0, "is": 2}, "undo": "CloseSession({id})"}],
    "release": [{"call": "CloseSession", "identity": {"arg": 0}}]
  }]
})json";

} // namespace

TEST(TeardownKnowledge, BuiltinPairsLoad) {
  const TeardownKnowledge &knowledge = KnowledgeBase::builtin().teardown();
  const ResourceKind *device = knowledge.resource("device-object");
  ASSERT_NE(device, nullptr);
  EXPECT_TRUE(device->deviceScoped);
  EXPECT_EQ(device->rule, "driver-unload-missing-cleanup");
  ASSERT_NE(knowledge.resource("timer"), nullptr);
  EXPECT_EQ(knowledge.resource("timer")->rule, "driver-unload-pending-work");
  EXPECT_EQ(knowledge.resource("shutdown-notification")->rule, "driver-shutdown-notification");
  EXPECT_TRUE(knowledge.isKnownCall("IoDeleteSymbolicLink"));
  EXPECT_TRUE(knowledge.isUnrelatedCall("WppCleanupKm"));
  EXPECT_FALSE(knowledge.isUnrelatedCall("IoDeleteDevice"));
  EXPECT_FALSE(knowledge.order().empty());
}

TEST(TeardownKnowledge, UserFileAddsAndReplacesById) {
  KnowledgeBase kb = KnowledgeBase::withUserFiles({{"a.json", kSession}});
  const ResourceKind *session = kb.teardown().resource("session");
  ASSERT_NE(session, nullptr);
  EXPECT_TRUE(session->deviceScoped);
  ASSERT_EQ(session->acquire.size(), 1u);
  EXPECT_EQ(session->acquire[0].identity.kind, IdentitySpec::Kind::Output);
  EXPECT_EQ(session->acquire[0].identity.index, 1u);
  ASSERT_TRUE(session->acquire[0].when.has_value());
  EXPECT_TRUE(session->acquire[0].when->holds(2));
  EXPECT_FALSE(session->acquire[0].when->holds(1));

  const std::string replacement = R"json({"resources": [{"id": "device-object", "what": "device", "unreleased": "gone",
    "acquire": [{"call": "MyCreate", "undo": "MyDelete()"}], "release": [{"call": "MyDelete"}]}]})json";
  KnowledgeBase replaced = KnowledgeBase::withUserFiles({{"b.json", replacement}});
  const ResourceKind *device = replaced.teardown().resource("device-object");
  ASSERT_NE(device, nullptr);
  EXPECT_EQ(device->acquire[0].call, "MyCreate");
  EXPECT_FALSE(replaced.teardown().isKnownCall("IoCreateDevice"));
  // The built-in knowledge itself is untouched.
  EXPECT_TRUE(KnowledgeBase::builtin().teardown().isKnownCall("IoCreateDevice"));
}

TEST(TeardownKnowledge, ErrorsNameTheFileAndThePlace) {
  try {
    KnowledgeBase::withUserFiles({{"bad.json", R"json({"resources": [{"id": "x", "what": "x", "unreleased": "y",
      "scope": "global", "acquire": [{"call": "A", "undo": "B()"}], "release": [{"call": "B"}]}]})json"}});
    FAIL() << "an invalid scope must be rejected";
  } catch (const std::runtime_error &e) {
    EXPECT_STREQ(e.what(), "knowledge file 'bad.json': resources[0] ('x'): \"scope\" must be \"driver\" or \"device\"");
  }
}

TEST(ResourceIdentity, MatchesOnlyWhatItCanCompare) {
  using Match = ResourceIdentity::Match;
  auto id = [](std::string value, std::string text = "") {
    ResourceIdentity identity;
    identity.id = std::move(value);
    identity.text = std::move(text);
    return identity;
  };
  EXPECT_EQ(ResourceIdentity::compare(id("g:gHandle"), id("g:gHandle")), Match::Same);
  EXPECT_EQ(ResourceIdentity::compare(id("g:gHandle"), id("g:gOther")), Match::Different);
  EXPECT_EQ(ResourceIdentity::compare(id("f:_EXT.Lower"), id("f:_EXT.Lower")), Match::Same);
  // A global and a field may hold the same pointer: cannot tell.
  EXPECT_EQ(ResourceIdentity::compare(id("g:gDevice"), id("f:_DRIVER_OBJECT.DeviceObject")), Match::Unknown);
  EXPECT_EQ(ResourceIdentity::compare(id(""), id("g:gHandle")), Match::Unknown);
  EXPECT_EQ(ResourceIdentity::compare(id("&g:gTimer"), id("g:gTimer")), Match::Unknown);
  // Name strings compare case-insensitively, as object names do.
  EXPECT_EQ(ResourceIdentity::compare(id("", "\\DosDevices\\Foo"), id("&g:gLink", "\\DOSDEVICES\\foo")), Match::Same);
  EXPECT_EQ(ResourceIdentity::compare(id("", "\\DosDevices\\Foo"), id("", "\\DosDevices\\Bar")), Match::Different);
  EXPECT_EQ(ResourceIdentity::compare(id("", "\\DosDevices\\Foo"), id("", "\\??\\Foo")), Match::Same);
  ResourceIdentity any;
  any.wildcard = true;
  EXPECT_EQ(ResourceIdentity::compare(any, id("g:gHandle")), Match::Unknown);
}
