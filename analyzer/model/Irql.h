// The IRQL each routine of the driver runs at, along each path of its
// control-flow graph: where it comes from (the routine's role, its own
// annotations, its callers), what raises and restores it (spin locks,
// KeRaiseIrql, fast mutexes, helpers that raise for their caller), and what
// each call then runs at. Rules 10 and 11 read this.
#pragma once

#include "knowledge/KnowledgeBase.h"
#include "model/DriverModel.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace unloadcheck {

// Something in effect that raised IRQL: a spin lock held, a KeRaiseIrql.
struct IrqlRaise {
  SourcePos pos;
  std::string description; // "spin lock 'gLock' is held", "KeRaiseIrql raised it"
  std::string step;        // the codeFlow step: "acquires spin lock 'gLock' (DISPATCH_LEVEL)"
  int level = 0;
  IrqlRange before;
  bool operator==(const IrqlRaise &other) const { return pos == other.pos; }
};

struct IrqlState {
  bool reachable = false;
  IrqlRange range;                // every IRQL the routine may be at here
  std::vector<IrqlRaise> held;    // in effect on every path, innermost last
  std::vector<IrqlRaise> mayHold; // in effect on some path
  int restoredBelowEntry = 0;     // restores of what the caller raised

  bool operator==(const IrqlState &) const = default;
};

// A call and the IRQL it is made at.
struct IrqlCall {
  const Routine *caller = nullptr;
  const CallFact *call = nullptr;
  IrqlState state;
};

// A return (or the closing brace) and the state the routine leaves in.
struct IrqlExit {
  const Routine *routine = nullptr;
  SourcePos pos;
  IrqlState state;
};

struct IrqlEntry {
  IrqlRange range;
  bool known = false;      // from a role, an annotation or every caller
  std::string because;     // "'XDpc' is a DPC routine (passed to KeInitializeDpc)"
  SourcePos pos;           // where that is said: the store, the call, the annotation
  bool annotated = false;  // its own _IRQL_requires_* annotations
  bool systemCalled = false; // a role: the system calls it (a slot, a callback)
  std::optional<int> raisesTo; // _IRQL_raises_: it returns raised, on purpose
};

class IrqlAnalysis {
public:
  static IrqlAnalysis analyse(const DriverModel &model, const KnowledgeBase &kb);

  const std::vector<IrqlCall> &calls() const { return calls_; }
  const std::vector<IrqlExit> &exits() const { return exits_; }
  const IrqlEntry *entry(const Routine &routine) const;
  // The IRQL range a call's callee allows, and why (for messages).
  std::optional<IrqlRange> calleeRange(const IrqlCall &call, std::string &because) const;
  std::string describe(const IrqlRange &range) const; // "DISPATCH_LEVEL", "IRQL <= APC_LEVEL"

private:
  const DriverModel *model_ = nullptr;
  const KnowledgeBase *kb_ = nullptr;
  std::map<std::string, IrqlEntry> entries_; // by routine key
  // What a driver routine leaves its caller with, from every path of its body.
  struct HelperEffect {
    std::optional<IrqlRaise> raises; // returns raised, at one level, on every path
    bool restores = false;           // lowers what its caller raised, on every path
    std::optional<int> mayRaise;     // returns raised on some paths only
    bool operator==(const HelperEffect &) const = default;
  };
  std::map<std::string, HelperEffect> helperEffects_; // by routine key
  std::vector<IrqlCall> calls_;
  std::vector<IrqlExit> exits_;
};

} // namespace unloadcheck
