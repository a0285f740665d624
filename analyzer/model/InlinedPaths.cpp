#include "model/InlinedPaths.h"

#include <algorithm>
#include <map>

namespace unloadcheck {

namespace {

constexpr unsigned kMaxDepth = 4;
constexpr unsigned kMaxVisitsPerPath = 2;
constexpr unsigned kStepBudget = 50000;

struct Frame {
  const Routine *routine = nullptr;
  unsigned block = 0;
  size_t event = 0;
  std::map<std::string, ValueFact> variables;
  unsigned id = 0;
};

// Does `value OP constant` hold for a known constant value?
bool holds(long long value, const ValueTestFact &test) {
  switch (test.op) {
  case ValueTestFact::Op::Ge: return value >= test.constant;
  case ValueTestFact::Op::Lt: return value < test.constant;
  case ValueTestFact::Op::Eq: return value == test.constant;
  case ValueTestFact::Op::Ne: return value != test.constant;
  }
  return true;
}

bool followable(const Routine &routine) {
  return routine.hasBody && !routine.hasErrors && !routine.cfg.blocks.empty();
}

class Walker {
public:
  Walker(const DriverModel &model, const std::function<void(const std::vector<PathStep> &)> &visit)
      : model_(model), visit_(visit) {}

  bool run(const Routine &root) {
    if (!followable(root))
      return false;
    std::vector<Frame> stack{{&root, root.cfg.entry, 0, {}, 0}};
    walk(std::move(stack), {}, {}, 0);
    return !exhausted_;
  }

private:
  using Visits = std::map<std::pair<const Routine *, unsigned>, unsigned>;

  static bool isGlobal(const std::string &variable) { return variable.rfind("g:", 0) == 0; }

  // Globals live in the root frame: what one routine of the path stores,
  // the next one reads.
  static std::map<std::string, ValueFact> &variablesFor(const std::string &variable, std::vector<Frame> &stack) {
    return isGlobal(variable) ? stack.front().variables : stack.back().variables;
  }

  static ValueFact resolve(const ValueFact &value, const std::vector<Frame> &stack) {
    if (value.kind != ValueFact::Kind::Variable)
      return value;
    const auto &variables = isGlobal(value.variable) ? stack.front().variables : stack.back().variables;
    if (auto found = variables.find(value.variable); found != variables.end()) {
      ValueFact known = found->second;
      known.spelling = value.spelling;
      return known;
    }
    return value;
  }

  bool onStack(const std::vector<Frame> &stack, const Routine *routine) const {
    return std::any_of(stack.begin(), stack.end(), [&](const Frame &frame) { return frame.routine == routine; });
  }

  // Follows the path from the top frame's position to every end.
  // `frames`: how many frames the path has opened so far, for their ids.
  void walk(std::vector<Frame> stack, std::vector<PathStep> steps, Visits visits, unsigned frames) {
    while (true) {
      if (exhausted_ || ++budget_ > kStepBudget) {
        exhausted_ = true;
        return;
      }
      Frame &frame = stack.back();
      const Routine &routine = *frame.routine;
      const unsigned depth = static_cast<unsigned>(stack.size() - 1);
      const CfgBlock &block = routine.cfg.blocks[frame.block];
      if (frame.event == 0 && ++visits[{&routine, frame.block}] > kMaxVisitsPerPath)
        return; // the loop ran as often as it is followed
      if (frame.event < block.events.size()) {
        const CfgEvent &event = block.events[frame.event++];
        switch (event.kind) {
        case CfgEvent::Kind::Call: {
          PathStep step;
          step.kind = PathStep::Kind::Call;
          step.routine = &routine;
          step.call = &routine.calls[event.call];
          step.callIndex = event.call;
          step.depth = depth;
          step.frame = frame.id;
          step.pos = step.call->pos;
          const Routine *callee = model_.callee(routine, *step.call);
          const bool ddi = callee && callee->isDdi;
          const bool expand = callee && !ddi && followable(*callee) && depth + 1 < kMaxDepth &&
                              !onStack(stack, callee);
          // Neither a DDI nor followed: unknown, bodiless, recursive, too deep.
          step.opaque = !ddi && !expand;
          step.expanded = expand;
          if (expand)
            step.calleeFrame = ++frames;
          steps.push_back(step);
          if (step.opaque) // code nobody can see may change any global
            std::erase_if(stack.front().variables,
                          [](const auto &entry) { return isGlobal(entry.first); });
          if (expand)
            stack.push_back({callee, callee->cfg.entry, 0, {}, frames});
          continue;
        }
        case CfgEvent::Kind::Assign: {
          const ValueFact value = resolve(event.value, stack);
          variablesFor(event.variable, stack)[event.variable] = value;
          continue;
        }
        case CfgEvent::Kind::ParamUse:
          if (depth == 0) {
            PathStep step;
            step.kind = PathStep::Kind::ParamRead;
            step.routine = &routine;
            step.param = event.param;
            step.unused = event.unused;
            step.pos = event.pos;
            steps.push_back(step);
          }
          continue;
        case CfgEvent::Kind::Store:
          continue;
        case CfgEvent::Kind::Return:
          if (finishFrame(stack, steps, &event))
            return;
          continue;
        }
      }
      // The end of a block.
      if (frame.block == routine.cfg.exit) {
        if (finishFrame(stack, steps, nullptr))
          return;
        continue;
      }
      const std::optional<BitTestFact> test = block.bitTest;
      const ValueTestFact *compare = block.valueTest ? &*block.valueTest : nullptr;
      std::vector<unsigned> successors = block.successors;
      if (compare) {
        // A constant compared: only the way it goes.
        const ValueFact value = resolve(compare->value, stack);
        if (value.kind == ValueFact::Kind::Constant) {
          const int target = holds(value.constant, *compare) ? compare->whenTrue : compare->whenFalse;
          successors.erase(std::remove_if(successors.begin(), successors.end(),
                                          [&](unsigned next) { return static_cast<int>(next) != target; }),
                           successors.end());
        }
      }
      if (successors.empty())
        return; // a dead end (a call that does not return)
      // Every successor but the last on a path of its own; this path goes on
      // into the last.
      for (size_t i = 0; i < successors.size(); ++i) {
        std::vector<Frame> next = stack;
        next.back().block = successors[i];
        next.back().event = 0;
        std::vector<PathStep> taken = steps;
        if (compare) {
          const int target = static_cast<int>(successors[i]);
          if (target == compare->whenTrue || target == compare->whenFalse) {
            PathStep step;
            step.kind = PathStep::Kind::Test;
            step.routine = &routine;
            step.depth = depth;
            step.frame = frame.id;
            step.test = compare;
            step.pos = compare->pos;
            step.value = resolve(compare->value, stack);
            step.holds = target == compare->whenTrue;
            taken.push_back(step);
          }
        }
        if (test && depth == 0) {
          const int target = static_cast<int>(successors[i]);
          if (target == test->whenSet || target == test->whenClear) {
            PathStep step;
            step.kind = PathStep::Kind::BitTest;
            step.routine = &routine;
            step.param = test->param;
            step.mask = test->mask;
            step.set = target == test->whenSet;
            taken.push_back(step);
          }
        }
        if (i + 1 == successors.size()) {
          stack = std::move(next);
          steps = std::move(taken);
        } else {
          walk(std::move(next), std::move(taken), visits, frames);
          if (exhausted_)
            return;
        }
      }
    }
  }

  // A return (or the end of the body) of the top frame. True when the
  // whole path has ended.
  bool finishFrame(std::vector<Frame> &stack, std::vector<PathStep> &steps, const CfgEvent *event) {
    const Frame &frame = stack.back();
    PathStep step;
    step.kind = PathStep::Kind::Return;
    step.routine = frame.routine;
    step.depth = static_cast<unsigned>(stack.size() - 1);
    step.frame = frame.id;
    step.pos = event ? event->pos : frame.routine->cfg.end;
    if (event)
      step.value = resolve(event->value, stack);
    steps.push_back(step);
    if (stack.size() > 1) {
      stack.pop_back();
      return false;
    }
    visit_(steps);
    return true;
  }

  const DriverModel &model_;
  const std::function<void(const std::vector<PathStep> &)> &visit_;
  unsigned budget_ = 0;
  bool exhausted_ = false;
};

} // namespace

bool InlinedPaths::forEach(const DriverModel &model, const Routine &root,
                           const std::function<void(const std::vector<PathStep> &)> &visit) {
  return Walker(model, visit).run(root);
}

} // namespace unloadcheck
