#include "model/IrpPaths.h"

#include "knowledge/KnowledgeBase.h"

#include <algorithm>
#include <optional>

namespace unloadcheck {

namespace {

// Paths are followed one by one; a loop body is taken at most twice, and a
// routine with more paths than this is not judged at all.
constexpr unsigned kMaxVisitsPerPath = 2;
constexpr unsigned kStepBudget = 20000;

bool sameValue(const ValueFact &a, const ValueFact &b) {
  if (a.kind != b.kind)
    return false;
  switch (a.kind) {
  case ValueFact::Kind::Constant: return a.constant == b.constant;
  case ValueFact::Kind::Variable: return a.variable == b.variable;
  case ValueFact::Kind::CallResult: return a.call == b.call;
  default: return false;
  }
}

struct PathState {
  std::optional<SourcePos> completed;
  std::string completedBy;
  std::optional<SourcePos> passedDown;
  std::optional<unsigned> passDownCall;
  bool reclaimable = false; // a completion routine may give the IRP back
  bool marked = false;
  bool handedOff = false;
  std::optional<ValueFact> stored;
  SourcePos storedPos;
  std::string storedSpelling;
  std::map<std::string, ValueFact> variables;
  std::map<unsigned, std::pair<SourcePos, unsigned>> irpArguments; // call -> (use, argument)
  std::vector<RelatedLocation> flow;
  std::vector<unsigned> visits;
};

// How a path ended.
struct PathEnd {
  enum class Kind { Returned, Dropped, Problem } kind = Kind::Returned;
  bool owned = false;     // Returned: still owned, untouched by completion or hand-off
  bool completed = false; // Returned: completed on this path
};

} // namespace

struct IrpPaths::Walk {
  Walk(IrpPaths &paths, const Routine &routine, int irp, bool summarising)
      : paths(paths), routine(routine), irp(irp), summarising(summarising) {}

  IrpPaths &paths;
  const Routine &routine;
  int irp;
  // Summarising a helper for its callers rather than judging a dispatch
  // routine: how each path leaves the IRP, no problems at the return.
  bool summarising = false;
  std::vector<IrpProblem> problems;
  std::vector<PathEnd> ends;
  unsigned steps = 0;
  bool exhausted = false;

  const CallFact &call(unsigned index) const { return routine.calls[index]; }

  ValueFact resolve(const ValueFact &value, const PathState &state) const {
    if (value.kind == ValueFact::Kind::Variable) {
      auto found = state.variables.find(value.variable);
      return found == state.variables.end() ? value : found->second;
    }
    if (value.kind == ValueFact::Kind::ParamField) {
      if (value.param == irp && value.field == "IoStatus.Status" && state.stored)
        return *state.stored;
      ValueFact unknown;
      unknown.kind = ValueFact::Kind::Unknown;
      return unknown;
    }
    return value;
  }

  void problem(IrpProblem found, PathState &state) {
    found.flow = state.flow;
    found.flow.push_back({found.pos, "the problem is here"});
    problems.push_back(std::move(found));
    ends.push_back({PathEnd::Kind::Problem});
  }

  // The IRP was given away on this path: any use now is a problem.
  bool givenAway(const PathState &state) const { return state.completed || state.passedDown; }

  bool useAfter(const SourcePos &pos, PathState &state) {
    if (!givenAway(state))
      return false;
    IrpProblem found;
    found.kind = state.completed ? IrpProblem::Kind::UsedAfterCompletion : IrpProblem::Kind::UsedAfterPassDown;
    found.pos = pos;
    found.earlier = state.completed ? *state.completed : *state.passedDown;
    found.completedBy = state.completedBy;
    problem(std::move(found), state);
    return true;
  }

  void drop() { ends.push_back({PathEnd::Kind::Dropped}); }

  // Returns false when the path ends at this event.
  bool onCall(unsigned index, PathState &state) {
    const CallFact &fact = call(index);
    auto argument = state.irpArguments.find(index);
    if (argument == state.irpArguments.end())
      return true;
    const auto [usePos, argumentIndex] = argument->second;
    state.irpArguments.erase(argument);

    const IrpCall *known = paths.kb_.irp().call(fact.callee);
    if (known && known->arg == argumentIndex) {
      switch (known->does) {
      case IrpCall::Does::Complete:
      case IrpCall::Does::PassDown: {
        const bool completes = known->does == IrpCall::Does::Complete;
        if (givenAway(state)) {
          if (state.passedDown && state.reclaimable) {
            drop(); // the completion routine gave it back
            return false;
          }
          IrpProblem found;
          found.pos = fact.pos;
          found.earlier = state.completed ? *state.completed : *state.passedDown;
          found.completedBy = state.completedBy;
          if (state.completed)
            found.kind = completes ? IrpProblem::Kind::CompletedTwice : IrpProblem::Kind::PassedDownAfterCompletion;
          else
            found.kind = completes ? IrpProblem::Kind::CompletedAfterPassDown : IrpProblem::Kind::PassedDownTwice;
          problem(std::move(found), state);
          return false;
        }
        if (completes) {
          state.completed = fact.pos;
          state.flow.push_back({fact.pos, "the IRP is completed here"});
        } else {
          state.passedDown = fact.pos;
          state.passDownCall = index;
          state.flow.push_back({fact.pos, "the IRP is passed down here"});
        }
        return true;
      }
      case IrpCall::Does::MarkPending:
        state.marked = true;
        return !useAfter(usePos, state);
      case IrpCall::Does::HandOff:
        state.handedOff = true;
        return !useAfter(usePos, state);
      case IrpCall::Does::Reclaim:
        state.reclaimable = true;
        return !useAfter(usePos, state);
      case IrpCall::Does::Keep:
        return !useAfter(usePos, state);
      case IrpCall::Does::Tag:
        return true; // the address, not the IRP: fine after completion
      }
    }
    if (useAfter(usePos, state))
      return false;
    const Routine *callee = paths.model_.callee(routine, fact);
    if (callee && callee->isDdi)
      return true; // a DDI that only reads the IRP
    if (!callee || !callee->hasBody) {
      drop(); // code the analysis cannot see may do anything with it
      return false;
    }
    switch (paths.disposal(*callee, static_cast<int>(argumentIndex))) {
    case Disposal::Untouched:
      return true;
    case Disposal::Completes:
      state.completed = fact.pos;
      state.completedBy = callee->name;
      state.flow.push_back({fact.pos, "'" + callee->name + "' completes the IRP"});
      return true;
    case Disposal::Unknown:
      drop();
      return false;
    }
    return true;
  }

  void onReturn(const CfgEvent *event, const SourcePos &pos, PathState &state) {
    const ValueFact returned = event ? resolve(event->value, state) : ValueFact{};
    const long long pending = paths.kb_.irp().pendingStatus();
    const bool returnsPending = returned.kind == ValueFact::Kind::Constant && returned.constant == pending;
    const bool owned = !givenAway(state) && !state.handedOff;
    if (summarising) {
      ends.push_back({PathEnd::Kind::Returned, owned && !state.marked, state.completed.has_value()});
      return;
    }
    IrpProblem found;
    found.pos = pos;
    found.returned = event ? event->value.spelling : "";
    if (returnsPending) {
      if (!state.marked) {
        found.kind = IrpProblem::Kind::PendingNotMarked;
        problem(std::move(found), state);
        return;
      }
    } else if (owned && !state.marked) {
      found.kind = IrpProblem::Kind::NotCompleted;
      problem(std::move(found), state);
      return;
    } else if (state.passedDown && !state.reclaimable && returned.kind == ValueFact::Kind::Constant) {
      found.kind = IrpProblem::Kind::PassDownStatusDropped;
      found.earlier = *state.passedDown;
      problem(std::move(found), state);
      return;
    } else if (state.completed && state.stored && state.stored->kind != ValueFact::Kind::Unknown &&
               returned.kind == ValueFact::Kind::Constant && !sameValue(returned, *state.stored)) {
      // A constant returned while the IRP carries another constant, or a
      // status computed at run time: returning what was stored is the fix.
      // A stored value the analysis could not follow may be that constant.
      found.kind = IrpProblem::Kind::StatusMismatch;
      found.earlier = state.storedPos;
      found.stored = state.storedSpelling;
      problem(std::move(found), state);
      return;
    }
    ends.push_back({PathEnd::Kind::Returned, owned, state.completed.has_value()});
  }

  // Follows every path from `block`; returns when they have all ended.
  void walk(unsigned block, PathState state) {
    const FunctionCfg &cfg = routine.cfg;
    if (exhausted || ++steps > kStepBudget) {
      exhausted = true;
      return;
    }
    if (++state.visits[block] > kMaxVisitsPerPath)
      return; // the loop ran as often as it is followed
    for (const CfgEvent &event : cfg.blocks[block].events) {
      switch (event.kind) {
      case CfgEvent::Kind::Call:
        if (!onCall(event.call, state))
          return;
        break;
      case CfgEvent::Kind::Return:
        onReturn(&event, event.pos, state);
        return;
      case CfgEvent::Kind::Assign:
        state.variables[event.variable] = resolve(event.value, state);
        break;
      case CfgEvent::Kind::Store:
        if (event.param == irp && event.field == "IoStatus.Status") {
          state.stored = resolve(event.value, state);
          state.storedPos = event.pos;
          state.storedSpelling = event.value.spelling;
        }
        break;
      case CfgEvent::Kind::ParamUse:
        if (event.param != irp)
          break;
        if (event.argumentOf) {
          state.irpArguments[*event.argumentOf] = {event.pos, event.argumentIndex};
          break;
        }
        if (useAfter(event.pos, state))
          return;
        if (event.copied) {
          drop(); // followed under another name from here
          return;
        }
        break;
      }
    }
    if (block == cfg.exit) {
      onReturn(nullptr, cfg.end, state);
      return;
    }
    for (unsigned next : cfg.blocks[block].successors)
      walk(next, state);
  }

  void run() {
    const FunctionCfg &cfg = routine.cfg;
    if (cfg.blocks.empty() || routine.hasErrors || routine.hasIndirectCalls) {
      exhausted = true;
      return;
    }
    PathState start;
    start.visits.assign(cfg.blocks.size(), 0);
    walk(cfg.entry, std::move(start));
  }
};

std::vector<IrpProblem> IrpPaths::problems(const Routine &routine, int irpParam) {
  Walk walk(*this, routine, irpParam, false);
  walk.run();
  if (walk.exhausted)
    return {};
  std::vector<IrpProblem> unique;
  for (IrpProblem &found : walk.problems)
    if (std::none_of(unique.begin(), unique.end(), [&](const IrpProblem &seen) {
          return seen.kind == found.kind && seen.pos == found.pos;
        }))
      unique.push_back(std::move(found));
  return unique;
}

IrpPaths::Disposal IrpPaths::disposal(const Routine &helper, int param) {
  const auto key = std::make_pair(helper.key, param);
  if (auto known = disposals_.find(key); known != disposals_.end())
    return known->second;
  disposals_[key] = Disposal::Unknown; // recursion: not known while being worked out
  Walk walk(*this, helper, param, true);
  walk.run();
  Disposal result = Disposal::Unknown;
  auto all = [&](auto predicate) {
    return std::all_of(walk.ends.begin(), walk.ends.end(), [&](const PathEnd &end) {
      return end.kind == PathEnd::Kind::Returned && predicate(end);
    });
  };
  if (!walk.exhausted && walk.problems.empty() && !walk.ends.empty()) {
    if (all([](const PathEnd &end) { return end.owned; }))
      result = Disposal::Untouched;
    else if (all([](const PathEnd &end) { return end.completed; }))
      result = Disposal::Completes;
  }
  disposals_[key] = result;
  return result;
}

} // namespace unloadcheck
