// The driver's resources: every registration, creation and start of work the
// knowledge base knows, where it happens, what it is identified by, and
// whether the unload path undoes it. Rules 6 to 9 read this; it reads only
// the driver model and the knowledge base.
#pragma once

#include "knowledge/KnowledgeBase.h"
#include "model/DriverModel.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace unloadcheck {

// What a call says about the resource it registers or releases (see ArgFact).
struct ResourceIdentity {
  std::string id;       // "g:gHandle", "&f:_EXT.Timer", "r:OnProcess"; empty: unknown
  std::string text;     // a name string's literal
  std::string spelling; // as written, for messages ("&gTimer")
  bool wildcard = false; // the call undoes every resource of its kind

  enum class Match { Same, Different, Unknown };
  // Unknown whenever the two cannot be told apart or told to be the same.
  static Match compare(const ResourceIdentity &a, const ResourceIdentity &b);
};

struct ResourceCallSite {
  const ResourceKind *kind = nullptr;
  const ResourceCall *entry = nullptr;
  const Routine *routine = nullptr; // the routine making the call
  const CallFact *call = nullptr;
  ResourceIdentity identity;
};

struct Acquisition : ResourceCallSite {
  ResourceIdentity context;      // the context its callback is given, if any
  bool duringInitialisation = false; // reachable from DriverEntry
};

// One step of the unload path: a call, or a return that may end the path
// early. `frames` identifies the routine invocations running at that step,
// outermost first.
struct UnloadStep {
  const Routine *routine = nullptr;
  const CallFact *call = nullptr; // null: a return statement of `routine`
  std::vector<unsigned> frames;
};

// Can the path go from step `from` to step `to` without a return on the way
// ending a routine that `to` runs in?
bool reachesWithoutReturn(const std::vector<UnloadStep> &steps, size_t from, size_t to);

// A call somewhere the analysis cannot look into.
struct UnseenCode {
  const Routine *caller = nullptr;
  std::string sentence; // "'DrvUnload' calls 'Helper', which is not defined in the files given"
  SourcePos pos;
  bool undefinedFunction = false; // a named function with no body anywhere
};

class Teardown {
public:
  static Teardown analyse(const DriverModel &model, const KnowledgeBase &kb);

  // Routines stored in DriverUnload; empty when the driver stores none, or
  // stores something that is not a routine (rule 4's findings).
  const std::vector<const Routine *> &unloadRoutines() const { return unloads_; }
  bool isPnpDriver() const { return !addDevices_.empty(); }

  const std::vector<Acquisition> &acquisitions() const { return acquisitions_; }

  enum class Verdict { Released, Unreleased, CannotTell };
  Verdict verdict(const Acquisition &acquisition) const;
  // Is there a matching release on the unload path, whether or not it counts?
  bool releasedOnUnloadPath(const Acquisition &acquisition) const;
  // Why verdict() said CannotTell.
  std::optional<UnseenCode> unseenFor(const Acquisition &acquisition) const;

  // The calls made on the unload path in source order, helpers expanded in
  // place (recursion cut), with the return statements between them.
  std::vector<UnloadStep> unloadSequence() const;
  std::optional<UnseenCode> unseenOnUnloadPath() const { return unseen(unloadReach_); }
  // Does the call release a resource of this kind (conditions included)?
  bool releasesKind(const CallFact &call, const ResourceKind &kind, ResourceCallSite *site = nullptr) const;

  std::optional<UnseenCode> unseenAnywhere() const { return unseen(allReach_); }

  // Fills a message template from the knowledge base for an acquisition.
  std::string message(const std::string &pattern, const Acquisition &acquisition) const;

private:
  const std::set<std::string> &scopeOf(const Acquisition &acquisition, std::set<std::string> &scratch) const;
  std::optional<UnseenCode> unseen(const std::set<std::string> &keys) const;
  bool releasedWithin(const Acquisition &acquisition, const std::set<std::string> &scope) const;

  const DriverModel *model_ = nullptr;
  const KnowledgeBase *kb_ = nullptr;
  std::vector<const Routine *> unloads_, addDevices_, pnpDispatch_;
  std::set<std::string> initReach_, unloadReach_, pnpReach_, allReach_;
  std::set<std::string> beforeUnloadReach_; // reachable from a root other than Unload
  std::vector<Acquisition> acquisitions_;
};

// What `spec` says a call registers or releases.
ResourceIdentity identityOf(const CallFact &call, const IdentitySpec &spec);

// The display form of an identity's spelling: "&gTimer" -> "gTimer";
// empty when it is too long to read in a message.
std::string displayName(const std::string &spelling);

} // namespace unloadcheck
