// The facts of every translation unit of one driver linked into one picture:
// its routines (merged across files), the stores into driver-object slots,
// the call graph and what could not be seen.
#pragma once

#include "engine/Finding.h"
#include "facts/Facts.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace unloadcheck {

class KnowledgeBase;

struct Routine {
  std::string key;  // name, or "file#name" for internal linkage
  std::string name;
  std::string unit; // main file of the translation unit that defines it (or first declares it)
  // Every declaration seen in any file, deduplicated, first declaration first.
  std::vector<DeclFact> decls;
  const DeclFact *definition() const;
  const DeclFact &firstDecl() const { return decls.front(); }
  bool hasBody = false;
  bool hasErrors = false;
  // False when a file declaring or defining the routine missed a header, or
  // when the model holds one file and another defines the routine: a
  // declaration or annotation may live there, so "has none" is unknown.
  bool declarationsComplete = true;
  bool isDdi = false; // declared only in system headers, never defined here
  bool externalLinkage = true; // other files may call it
  std::vector<CallFact> calls;
  std::vector<unsigned> returnsAfterCalls; // see FunctionFact
  FunctionCfg cfg;
  bool pageable = false;
  std::string pageableBecause;
  bool hasIndirectCalls = false;

  // Role typedef names over all declarations ("DRIVER_UNLOAD").
  std::vector<std::string> typedefNames() const;
  // Annotations over all declarations, in declaration order.
  std::vector<Annotation> annotations() const;
};

// What the translation units given are: the whole driver (the CLI), or one
// file of a driver whose other files are unknown (clang-tidy, an editor).
enum class ModelScope { WholeDriver, OneFile };

class DriverModel {
public:
  // Links the translation units' facts. Notifications about what cannot be
  // seen (missing headers, files that failed to parse) are collected here.
  static DriverModel link(const std::vector<TuFacts> &units, const KnowledgeBase &kb,
                          ModelScope scope = ModelScope::WholeDriver);

  // With ModelScope::OneFile, a routine with external linkage may have
  // callers, and the driver more code, in files the model does not hold.
  ModelScope scope() const { return scope_; }

  const std::map<std::string, Routine> &routines() const { return routines_; }
  // The routine a reference from `fromFile` to `name` resolves to.
  const Routine *resolve(const std::string &name, const std::string &fromFile) const;
  const Routine *entryPoint() const { return entry_; }
  const std::vector<SlotStoreFact> &stores() const { return stores_; }
  // Values stored in registration fields (FLT_REGISTRATION's
  // FilterUnloadCallback, ...); `slot` names the field.
  const std::vector<SlotStoreFact> &registrationStores() const { return registrationStores_; }
  // The routines stored as a minifilter's FilterUnloadCallback.
  std::vector<const Routine *> filterUnloadCallbacks() const;
  const std::vector<MissingHeader> &missingHeaders() const { return missingHeaders_; }
  // Every header any file of the driver included, by file name in lower case.
  const std::set<std::string> &includedHeaders() const { return includedHeaders_; }
  // NOLINT comments in any file of the driver, each once.
  const std::vector<SuppressionComment> &suppressions() const { return suppressions_; }
  // Routines the driver hands to the system other than through a slot
  // (DPC, timer, thread, notify routines), by key; those with a body only.
  const std::vector<std::string> &callbackRoutines() const { return callbacks_; }
  const std::vector<Notification> &notifications() const { return notifications_; }

  // Keys of the routines reachable from `root` through direct calls to
  // routines with a body, `root` included.
  std::set<std::string> reachableFrom(const Routine &root) const;
  // True when something reachable from `root` calls code the analysis
  // cannot see: a call through a pointer, or a routine that is neither
  // defined in the driver nor declared in a system header.
  bool reachesUnseenCode(const Routine &root) const;
  // The routine a slot store refers to, if any.
  const Routine *storedRoutine(const SlotStoreFact &store) const;
  // The routine a call resolves to, if it is known at all.
  const Routine *callee(const Routine &caller, const CallFact &call) const;

private:
  std::map<std::string, Routine> routines_;
  std::map<std::string, std::vector<std::string>> keysByName_;
  std::vector<SlotStoreFact> stores_;
  std::vector<SlotStoreFact> registrationStores_;
  std::vector<MissingHeader> missingHeaders_;
  std::set<std::string> includedHeaders_;
  std::vector<SuppressionComment> suppressions_;
  std::vector<std::string> callbacks_;
  std::vector<Notification> notifications_;
  const Routine *entry_ = nullptr;
  ModelScope scope_ = ModelScope::WholeDriver;
};

} // namespace unloadcheck
