// IRQL knowledge from rules/knowledge/irql.json: the IRQL range each DDI may
// be called at, the IRQL each kind of routine is entered at, the calls that
// raise and restore IRQL, and the annotations that state IRQL contracts.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace unloadcheck {

struct IrqlRange {
  int min = 0, max = 15;
  bool operator==(const IrqlRange &) const = default;
};

// A routine handed to the system by a call (a DPC routine to KeInitializeDpc).
struct IrqlCallback {
  unsigned arg = 0;
  IrqlRange irql;
  std::string role; // "DPC routine"
};

// What a call does to IRQL.
struct IrqlEffect {
  enum class Kind { Raise, Restore } kind = Kind::Raise;
  std::optional<int> level;          // raise to a fixed level
  std::optional<unsigned> levelArg;  // raise to the level an argument gives
  bool lock = false;                 // acquires a lock (held until released)
  std::optional<unsigned> lockArg;   // the lock's argument, for messages
  std::string what;                  // "spin lock", "KeRaiseIrql"
};

class IrqlKnowledge {
public:
  // Parses irql.json; throws std::runtime_error naming the problem.
  void add(const std::string &json);

  std::optional<int> level(const std::string &name) const; // "DISPATCH_LEVEL" -> 2, or a number
  std::string levelName(int level) const;                   // 2 -> "DISPATCH_LEVEL"
  const IrqlRange *ddi(const std::string &name) const;
  const IrqlEffect *effect(const std::string &call) const;
  // The routines a call hands to the system; empty for most calls.
  const std::vector<IrqlCallback> &callbacks(const std::string &call) const;
  std::optional<IrqlRange> entry(const std::string &slot) const;         // "DriverUnload", "DriverEntry"
  std::optional<IrqlRange> majorFunctionEntry(const std::string &major) const; // "IRP_MJ_READ"

  enum class Annotation { None, Requires, RequiresMax, RequiresMin, Raises, PagedCode };
  Annotation annotation(const std::string &macro) const;
  const std::set<std::string> &annotationMacros() const { return annotationMacros_; }
  bool isPageableSection(const std::string &section) const;

private:
  IrqlRange range(const std::string &where, const void *node) const;

  std::map<std::string, int> levels_;
  std::map<std::string, IrqlRange> ddis_;
  std::map<std::string, IrqlEffect> effects_;
  std::map<std::string, std::vector<IrqlCallback>> callbacks_;
  std::map<std::string, IrqlRange> entry_, majorEntry_;
  std::map<std::string, Annotation> annotations_;
  std::set<std::string> annotationMacros_;
  std::vector<std::string> pageableSections_;
};

} // namespace unloadcheck
