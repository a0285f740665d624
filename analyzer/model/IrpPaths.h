// What a routine does with the IRP it is given, path by path: completes it,
// passes it down, marks it pending, and what it returns. Finds the paths that
// break the IRP ownership protocol: returning while still owning the IRP,
// completing or passing it down twice, touching it afterwards, returning a
// status other than the one it completed the IRP with, STATUS_PENDING
// without IoMarkIrpPending.
//
// Paths the analysis cannot follow (the IRP handed to code it cannot see, a
// helper that completes it on some paths only) are dropped, not guessed.
#pragma once

#include "engine/Finding.h"
#include "model/DriverModel.h"

#include <map>
#include <string>
#include <vector>

namespace unloadcheck {

class KnowledgeBase;

struct IrpProblem {
  enum class Kind {
    NotCompleted,         // returns still owning the IRP
    CompletedTwice,       // IoCompleteRequest after IoCompleteRequest
    CompletedAfterPassDown,
    PassedDownAfterCompletion,
    PassedDownTwice,
    UsedAfterCompletion,  // the IRP read or written after completing it
    UsedAfterPassDown,
    StatusMismatch,       // returns a constant other than the status stored
    PassDownStatusDropped, // returns a constant instead of IoCallDriver's result
    PendingNotMarked,     // STATUS_PENDING without IoMarkIrpPending
  };
  Kind kind = Kind::NotCompleted;
  SourcePos pos;
  SourcePos earlier;        // where it was completed, passed down or its status stored
  std::string returned;     // the value returned, as written
  std::string stored;       // the status stored in Irp->IoStatus.Status, as written
  std::string completedBy;  // the helper that completed it, when not the routine itself
  std::vector<RelatedLocation> flow;
};

class IrpPaths {
public:
  IrpPaths(const DriverModel &model, const KnowledgeBase &kb) : model_(model), kb_(kb) {}

  // The problems of `routine` with the IRP in parameter `irpParam`, one per
  // path at most (its first), deduplicated by kind and place.
  std::vector<IrpProblem> problems(const Routine &routine, int irpParam);

  // What a helper does with the IRP passed as its parameter `param`, on every path.
  enum class Disposal { Untouched, Completes, Unknown };
  Disposal disposal(const Routine &helper, int param);

private:
  struct Walk;

  const DriverModel &model_;
  const KnowledgeBase &kb_;
  std::map<std::pair<std::string, int>, Disposal> disposals_;
};

} // namespace unloadcheck
