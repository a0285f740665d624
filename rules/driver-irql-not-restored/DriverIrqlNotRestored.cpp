// driver-irql-not-restored: a routine that returns with IRQL still raised on
// every path to that return (a spin lock held, KeRaiseIrql without
// KeLowerIrql) while other returns restore it, or a routine the system calls
// that returns raised.
// A helper that returns raised on every path is raising for its caller; that
// is not reported, and the caller is analysed with its IRQL raised.
#include "engine/RuleContext.h"
#include "model/Irql.h"

#include <map>

namespace unloadcheck::rules {

void checkDriverIrqlNotRestored(RuleContext &context) {
  const IrqlAnalysis &analysis = context.irql();
  std::map<const Routine *, std::vector<const IrqlExit *>> byRoutine;
  for (const IrqlExit &exit : analysis.exits())
    byRoutine[exit.routine].push_back(&exit);

  for (const auto &[routine, exits] : byRoutine) {
    const IrqlEntry *entry = analysis.entry(*routine);
    if (entry && entry->raisesTo)
      continue; // _IRQL_raises_: returning raised is its contract
    bool someRestore = false;
    for (const IrqlExit *exit : exits)
      someRestore = someRestore || exit->state.mayHold.empty();
    // Called by the system (a role), it must return as it came in.
    const bool role = entry && entry->systemCalled;
    if (!someRestore && !role)
      continue;
    for (const IrqlExit *exit : exits) {
      // Only IRQL raised on every path to this return: a lock taken and
      // released under the same condition (a recursive lock's count) is not
      // a path the analysis can tell apart.
      if (exit->state.held.empty())
        continue;
      const IrqlRaise &raise = exit->state.held.back();
      std::vector<RelatedLocation> flow;
      for (const IrqlRaise &step : exit->state.held)
        flow.push_back({step.pos, step.step});
      flow.push_back({exit->pos, "'" + routine->name + "' returns here with IRQL raised"});
      context.report("'" + routine->name + "' returns while " + raise.description +
                         ": restore IRQL on this path before returning",
                     exit->pos, {{raise.pos, "IRQL raised here"}}, std::move(flow));
    }
  }
}

} // namespace unloadcheck::rules
