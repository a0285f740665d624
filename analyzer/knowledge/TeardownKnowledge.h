// What a driver registers, creates or starts and what undoes it: the
// register/release pairs read from rules/knowledge/teardown.json and from
// the user's own knowledge files.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace unloadcheck {

// Which argument or output of a call names the resource.
struct IdentitySpec {
  enum class Kind { None, Argument, Output, Result };
  Kind kind = Kind::None; // None: the call undoes every resource of its kind
  unsigned index = 0;     // argument index for Argument and Output
};

// A call counts only when an argument has a given constant value
// (PsSetCreateProcessNotifyRoutine's Remove, IoWMIRegistrationControl's action).
struct CallCondition {
  unsigned arg = 0;
  enum class Test { Zero, NonZero, Equals } test = Test::NonZero;
  long long value = 0;
  // Bits of the argument the test looks at (IoWMIRegistrationControl's
  // action may carry WMIREG_FLAG_CALLBACK in its high bits); -1: all.
  long long mask = -1;

  bool holds(long long constant) const;
};

struct ResourceCall {
  std::string call;
  IdentitySpec identity;
  std::optional<CallCondition> when;
  std::optional<unsigned> contextArg; // the context the registered callback is given
  std::string undo;                   // what to call to undo it ("IoDeleteDevice({id})")
};

struct ResourceKind {
  std::string id;          // "device-object"
  std::string rule;        // the rule that reports it unreleased
  std::string what;        // "device object"
  std::string verb;        // "arms"; for pending work
  std::string unreleased;  // "deleted"
  std::string message;     // template; empty: the rule's default
  bool deviceScoped = false;   // may be released on IRP_MN_REMOVE_DEVICE
  bool globalOnly = false;     // tracked only when kept in a global
  // Tracked only when DriverEntry starts it: started while an IRP is being
  // processed (a file system posting a request), the IRP or the file object
  // it carries keeps the driver loaded until the work is done.
  bool driverEntryOnly = false;
  // Where a release counts. Default: on the unload path for what DriverEntry
  // registered, anywhere in the driver for what a dispatch routine or a
  // callback registered.
  enum class ReleasedIn {
    Default,
    Anywhere,     // a work item freed by its own routine
    UnloadPath,   // a wait for a thread: only a wait before unload proves it
    BeforeUnload, // a PnP notification: Unload is not called while it is registered
  } releasedIn = ReleasedIn::Default;
  std::vector<ResourceCall> acquire;
  std::vector<ResourceCall> release;
};

// Releases of `first` must come before releases of `then` on the unload path.
struct OrderConstraint {
  std::string first, then;
  std::string message; // template with {first} and {then}
  // Which `first` belongs to which `then`: the registrations are tied when
  // these arguments name the same thing (the device name a symbolic link
  // points to and the name the device was created with). Without tieThen,
  // `first`'s argument is compared with what the `then` registration made.
  std::optional<IdentitySpec> tieFirst, tieThen;
};

class TeardownKnowledge {
public:
  // Adds the contents of one knowledge file; a resource with the id of one
  // already known replaces it. Throws std::runtime_error naming the problem.
  void add(const std::string &json);

  const std::vector<ResourceKind> &resources() const { return resources_; }
  const ResourceKind *resource(const std::string &id) const;
  const std::vector<OrderConstraint> &order() const { return order_; }
  const std::set<std::string> &stringInitializers() const { return stringInitializers_; }
  // Calls that change a string passed to them by address (appending,
  // copying, formatting): the literal it was initialised from is no longer
  // what it holds.
  const std::set<std::string> &stringModifiers() const { return stringModifiers_; }
  // The template a rule uses for a resource left unreleased.
  std::string messageFor(const ResourceKind &kind) const;
  // Calls known to release nothing (tracing, debug output): not code the
  // analysis needs to see.
  bool isUnrelatedCall(const std::string &name) const;
  // A call the knowledge base describes (an acquire or a release of some
  // kind): what it does is known even when its body is nowhere.
  bool isKnownCall(const std::string &name) const;

private:
  std::vector<ResourceKind> resources_;
  std::set<std::string> knownCalls_; // every acquire and release call, kept with resources_
  std::vector<OrderConstraint> order_;
  std::set<std::string> stringInitializers_;
  std::set<std::string> stringModifiers_;
  std::vector<std::string> unrelatedCalls_; // names, '*' at the end matches any suffix
  std::vector<std::pair<std::string, std::string>> messages_; // rule -> template
};

} // namespace unloadcheck
