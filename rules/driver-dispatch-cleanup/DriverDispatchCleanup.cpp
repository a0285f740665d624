// driver-dispatch-cleanup: an IRP_MJ_CLEANUP dispatch routine with a path
// that breaks the IRP protocol: returns still owning the IRP, completes or
// passes it down twice, touches it afterwards, returns a status other than
// the one it completed it with, or STATUS_PENDING without IoMarkIrpPending.
#include "engine/RuleContext.h"
#include "model/IrpPaths.h"

#include <set>

namespace unloadcheck::rules {

namespace {

// DRIVER_DISPATCH(DeviceObject, Irp)
constexpr int kIrpParameter = 1;

std::string line(const SourcePos &pos) { return "line " + std::to_string(pos.line); }

std::string message(const Routine &routine, const IrpProblem &problem) {
  const std::string name = "'" + routine.name + "'";
  const std::string by = problem.completedBy.empty() ? "" : " by '" + problem.completedBy + "'";
  const std::string returned = problem.returned.empty() ? "" : " " + problem.returned;
  using Kind = IrpProblem::Kind;
  switch (problem.kind) {
  case Kind::NotCompleted:
    return name + " returns without completing the IRP or passing it down: call IoCompleteRequest(Irp, "
                  "IO_NO_INCREMENT) before returning, or pass it down with IoCallDriver";
  case Kind::CompletedTwice:
    return name + " completes the IRP, but it was already completed" + by + " at " + line(problem.earlier) +
           ": complete an IRP exactly once";
  case Kind::PassedDownAfterCompletion:
    return name + " passes the IRP down, but it was already completed" + by + " at " + line(problem.earlier) +
           ": once completed, the IRP is no longer the driver's";
  case Kind::CompletedAfterPassDown:
    return name + " completes the IRP, but it was already passed down at " + line(problem.earlier) +
           ": the driver below owns it now";
  case Kind::PassedDownTwice:
    return name + " passes the IRP down again, but it was already passed down at " + line(problem.earlier);
  case Kind::UsedAfterCompletion:
    return name + " uses the IRP after it was completed" + by + " at " + line(problem.earlier) +
           ": read what is needed from it before completing it";
  case Kind::UsedAfterPassDown:
    return name + " uses the IRP after it was passed down at " + line(problem.earlier) +
           ": the driver below may already have completed and freed it";
  case Kind::StatusMismatch:
    return name + " returns" + returned + " but Irp->IoStatus.Status holds " + problem.stored + " (stored at " +
           line(problem.earlier) + "): return the status the IRP was completed with";
  case Kind::PassDownStatusDropped:
    return name + " returns" + returned + " after passing the IRP down at " + line(problem.earlier) +
           ": return the result of IoCallDriver";
  case Kind::PendingNotMarked:
    return name + " returns STATUS_PENDING without IoMarkIrpPending: call IoMarkIrpPending(Irp) before "
                  "queuing the IRP and returning STATUS_PENDING";
  }
  return name;
}

std::string relatedNote(const IrpProblem &problem) {
  using Kind = IrpProblem::Kind;
  switch (problem.kind) {
  case Kind::StatusMismatch: return "the IRP's status is stored here";
  case Kind::CompletedAfterPassDown:
  case Kind::PassedDownTwice:
  case Kind::UsedAfterPassDown:
  case Kind::PassDownStatusDropped: return "the IRP is passed down here";
  default: return "the IRP is completed here";
  }
}

} // namespace

void checkDriverDispatchCleanup(RuleContext &context) {
  const DriverModel &model = context.model();
  const std::optional<int> cleanup = context.kb().majorFunctionIndex("IRP_MJ_CLEANUP");
  std::set<const Routine *> routines;
  for (const SlotStoreFact &store : model.stores())
    if (store.slot == "MajorFunction" && store.majorFunction && store.majorFunction == cleanup &&
        store.value == SlotStoreFact::Value::Routine)
      if (const Routine *routine = model.storedRoutine(store); routine && routine->hasBody)
        routines.insert(routine);

  IrpPaths paths(model, context.kb());
  for (const Routine *routine : routines)
    for (const IrpProblem &problem : paths.problems(*routine, kIrpParameter)) {
      std::vector<RelatedLocation> related;
      if (problem.earlier.valid())
        related.push_back({problem.earlier, relatedNote(problem)});
      context.report(message(*routine, problem), problem.pos, std::move(related), problem.flow);
    }
}

} // namespace unloadcheck::rules
