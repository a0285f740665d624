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
};

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
    std::vector<Frame> stack{{&root, root.cfg.entry, 0, {}}};
    walk(std::move(stack), {}, {});
    return !exhausted_;
  }

private:
  using Visits = std::map<std::pair<const Routine *, unsigned>, unsigned>;

  static ValueFact resolve(const ValueFact &value, const Frame &frame) {
    if (value.kind == ValueFact::Kind::Variable)
      if (auto found = frame.variables.find(value.variable); found != frame.variables.end())
        return found->second;
    return value;
  }

  bool onStack(const std::vector<Frame> &stack, const Routine *routine) const {
    return std::any_of(stack.begin(), stack.end(), [&](const Frame &frame) { return frame.routine == routine; });
  }

  // Follows the path from the top frame's position to every end.
  void walk(std::vector<Frame> stack, std::vector<PathStep> steps, Visits visits) {
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
          step.depth = depth;
          step.pos = step.call->pos;
          const Routine *callee = model_.callee(routine, *step.call);
          const bool ddi = callee && callee->isDdi;
          const bool expand = callee && !ddi && followable(*callee) && depth + 1 < kMaxDepth &&
                              !onStack(stack, callee);
          // Neither a DDI nor followed: unknown, bodiless, recursive, too deep.
          step.opaque = !ddi && !expand;
          steps.push_back(step);
          if (expand)
            stack.push_back({callee, callee->cfg.entry, 0, {}});
          continue;
        }
        case CfgEvent::Kind::Assign:
          frame.variables[event.variable] = resolve(event.value, frame);
          continue;
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
      const std::vector<unsigned> successors = block.successors;
      if (successors.empty())
        return; // a dead end (a call that does not return)
      // Every successor but the last on a path of its own; this path goes on
      // into the last.
      for (size_t i = 0; i < successors.size(); ++i) {
        std::vector<Frame> next = stack;
        next.back().block = successors[i];
        next.back().event = 0;
        std::vector<PathStep> taken = steps;
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
          walk(std::move(next), std::move(taken), visits);
          if (exhausted_)
            return;
        }
      }
    }
  }

  // A return (or the end of the body) of the top frame. True when the
  // whole path has ended.
  bool finishFrame(std::vector<Frame> &stack, std::vector<PathStep> &steps, const CfgEvent *event) {
    if (stack.size() > 1) {
      stack.pop_back();
      return false;
    }
    PathStep step;
    step.kind = PathStep::Kind::Return;
    step.routine = stack.back().routine;
    step.pos = event ? event->pos : stack.back().routine->cfg.end;
    if (event)
      step.value = resolve(event->value, stack.back());
    steps.push_back(step);
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
