// driver-irql: a call made where every IRQL the caller can be at is outside
// what the callee allows (the knowledge base's DDI ranges, a driver routine's
// own annotations, pageable code).
#include "engine/RuleContext.h"
#include "model/Irql.h"

namespace unloadcheck::rules {

namespace {

// Pageable code the system itself enters above APC_LEVEL (a pageable DPC
// routine): there is no call in the driver to point at, so the finding
// points where the routine is handed to the system.
void checkPageableRoles(RuleContext &context, const IrqlAnalysis &analysis) {
  for (const auto &[key, routine] : context.model().routines()) {
    const IrqlEntry *entry = analysis.entry(routine);
    if (!routine.pageable || !entry || !entry->systemCalled || !entry->known || entry->annotated ||
        entry->range.min <= 1)
      continue;
    context.report("'" + routine.name + "' is pageable (" + routine.pageableBecause + ") but " +
                       entry->because.substr(entry->because.find(' ') + 1) + ", so it runs at " +
                       analysis.describe(entry->range) + ": move it out of the pageable section",
                   entry->pos, {{routine.firstDecl().namePos, "'" + routine.name + "' is declared here"}});
  }
}

} // namespace

void checkDriverIrql(RuleContext &context) {
  const IrqlAnalysis &analysis = context.irql();
  checkPageableRoles(context, analysis);
  std::set<SourcePos> reported;
  for (const IrqlCall &call : analysis.calls()) {
    std::string because;
    std::optional<IrqlRange> allowed = analysis.calleeRange(call, because);
    if (!allowed)
      continue;
    const IrqlRange &at = call.state.range;
    // Only certain violations: every IRQL the caller may be at is outside.
    if (at.min <= allowed->max && at.max >= allowed->min)
      continue;
    if (!reported.insert(call.call->pos).second)
      continue;
    std::string why;
    std::vector<RelatedLocation> flow;
    const IrqlEntry *entry = analysis.entry(*call.caller);
    if (entry && entry->known)
      flow.push_back({entry->pos, entry->because + ": it runs at " + analysis.describe(entry->range)});
    if (!call.state.held.empty()) {
      const IrqlRaise &raise = call.state.held.back();
      why = " while " + raise.description;
      for (const IrqlRaise &step : call.state.held)
        flow.push_back({step.pos, step.step});
    } else if (entry && entry->known) {
      why = " because " + entry->because;
    }
    flow.push_back({call.call->pos, "'" + call.call->callee + "' is called at " + analysis.describe(at)});
    std::vector<RelatedLocation> related;
    if (!call.state.held.empty())
      related.push_back({call.state.held.back().pos, "IRQL raised here"});
    else if (entry && entry->known)
      related.push_back({entry->pos, entry->because});
    context.report("'" + call.call->callee + "' " + because + " but is called at " + analysis.describe(at) + why,
                   call.call->pos, std::move(related), std::move(flow));
  }
}

} // namespace unloadcheck::rules
