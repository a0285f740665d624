#include "model/Irql.h"

#include <algorithm>
#include <deque>

namespace unloadcheck {

namespace {

constexpr int kHighLevel = 15;

IrqlRange unite(const IrqlRange &a, const IrqlRange &b) {
  return {std::min(a.min, b.min), std::max(a.max, b.max)};
}

IrqlState join(const IrqlState &a, const IrqlState &b) {
  if (!a.reachable)
    return b;
  if (!b.reachable)
    return a;
  IrqlState out;
  out.reachable = true;
  out.range = unite(a.range, b.range);
  // The same depth of raises on both sides, each certain: a lock taken on
  // both branches of an if, or dropped and retaken around a loop, is held
  // once, whichever acquisition it was.
  if (a.held.size() == b.held.size() && a.mayHold.size() == a.held.size() && b.mayHold.size() == b.held.size()) {
    out.held = a.held;
    for (size_t i = 0; i < out.held.size(); ++i) {
      out.held[i].level = std::max(a.held[i].level, b.held[i].level);
      out.held[i].before = unite(a.held[i].before, b.held[i].before);
    }
    out.mayHold = out.held;
    out.restoredBelowEntry = std::min(a.restoredBelowEntry, b.restoredBelowEntry);
    return out;
  }
  for (size_t i = 0; i < a.held.size() && i < b.held.size() && a.held[i] == b.held[i]; ++i)
    out.held.push_back(a.held[i]);
  out.mayHold = a.mayHold;
  for (const IrqlRaise &raise : b.mayHold)
    if (std::find(out.mayHold.begin(), out.mayHold.end(), raise) == out.mayHold.end())
      out.mayHold.push_back(raise);
  out.restoredBelowEntry = std::min(a.restoredBelowEntry, b.restoredBelowEntry);
  return out;
}

std::string lineOf(const SourcePos &pos) { return "line " + std::to_string(pos.line); }

// Undoes the innermost raise in effect, last in first out; false when none
// is known to be in effect.
bool popRaise(IrqlState &state) {
  if (state.held.empty())
    return false;
  IrqlRaise top = state.held.back();
  state.held.pop_back();
  state.range = top.before;
  auto may = std::find(state.mayHold.begin(), state.mayHold.end(), top);
  if (may != state.mayHold.end())
    state.mayHold.erase(may);
  return true;
}

} // namespace

std::string IrqlAnalysis::describe(const IrqlRange &range) const {
  const IrqlKnowledge &irql = kb_->irql();
  if (range.min == range.max)
    return irql.levelName(range.min);
  if (range.min == 0)
    return "IRQL <= " + irql.levelName(range.max);
  if (range.max >= kHighLevel)
    return "IRQL >= " + irql.levelName(range.min);
  return "IRQL " + irql.levelName(range.min) + " to " + irql.levelName(range.max);
}

const IrqlEntry *IrqlAnalysis::entry(const Routine &routine) const {
  auto found = entries_.find(routine.key);
  return found == entries_.end() ? nullptr : &found->second;
}

std::optional<IrqlRange> IrqlAnalysis::calleeRange(const IrqlCall &call, std::string &because) const {
  const Routine *callee = model_->callee(*call.caller, *call.call);
  if (callee && !callee->isDdi) {
    const IrqlEntry *declared = entry(*callee);
    if (declared && declared->annotated) {
      because = "is annotated to run at " + describe(declared->range);
      return declared->range;
    }
    if (callee->pageable) {
      because = "is pageable (" + callee->pageableBecause + ")";
      return IrqlRange{0, 1};
    }
    return std::nullopt;
  }
  if (const IrqlRange *range = kb_->irql().ddi(call.call->callee)) {
    because = "requires " + describe(*range);
    return *range;
  }
  return std::nullopt;
}

IrqlAnalysis IrqlAnalysis::analyse(const DriverModel &model, const KnowledgeBase &kb) {
  IrqlAnalysis analysis;
  analysis.model_ = &model;
  analysis.kb_ = &kb;
  const IrqlKnowledge &irql = kb.irql();

  // --- where each routine's IRQL comes from: its annotations, its role ---
  auto addRole = [&](const Routine *routine, const IrqlRange &range, const std::string &because,
                     const SourcePos &pos) {
    if (!routine || !routine->hasBody)
      return;
    IrqlEntry &entry = analysis.entries_[routine->key];
    entry.systemCalled = true;
    if (entry.annotated)
      return;
    if (!entry.known) {
      entry.range = range;
      entry.known = true;
      entry.because = because;
      entry.pos = pos;
    } else {
      entry.range = unite(entry.range, range);
    }
  };
  for (const auto &[key, routine] : model.routines()) {
    if (!routine.hasBody)
      continue;
    for (const Annotation &annotation : routine.annotations()) {
      const IrqlKnowledge::Annotation kind = irql.annotation(annotation.name);
      if (kind == IrqlKnowledge::Annotation::None || annotation.args.empty())
        continue;
      std::optional<int> level = irql.level(annotation.args.front());
      if (!level)
        continue;
      IrqlEntry &entry = analysis.entries_[key];
      IrqlRange range = entry.annotated ? entry.range : IrqlRange{0, kHighLevel};
      switch (kind) {
      case IrqlKnowledge::Annotation::Requires:
        range = {*level, *level};
        break;
      case IrqlKnowledge::Annotation::RequiresMax:
        range.max = *level;
        break;
      case IrqlKnowledge::Annotation::RequiresMin:
        range.min = *level;
        break;
      case IrqlKnowledge::Annotation::Raises:
        entry.raisesTo = *level;
        continue;
      default:
        continue;
      }
      entry.range = range;
      entry.known = entry.annotated = true;
      entry.because = "'" + routine.name + "' is annotated " + annotation.name + "(" + annotation.args.front() + ")";
      entry.pos = annotation.pos;
    }
  }
  if (const Routine *driverEntry = model.entryPoint())
    if (std::optional<IrqlRange> range = irql.entry("DriverEntry"))
      addRole(driverEntry, *range, "'" + driverEntry->name + "' is the driver's entry point",
              driverEntry->firstDecl().namePos);
  for (const SlotStoreFact &store : model.stores()) {
    const Routine *routine = model.storedRoutine(store);
    if (!routine || store.value != SlotStoreFact::Value::Routine)
      continue;
    if (store.slot == "MajorFunction") {
      if (!store.majorFunction)
        continue;
      const std::string major = kb.majorFunctionName(*store.majorFunction);
      IrqlRange range = irql.majorFunctionEntry(major).value_or(IrqlRange{0, 2});
      addRole(routine, range, "'" + routine->name + "' handles " + major, store.pos);
    } else if (std::optional<IrqlRange> range = irql.entry(store.slot)) {
      addRole(routine, *range, "'" + routine->name + "' is stored in " + store.slot, store.pos);
    }
  }
  for (const SlotStoreFact &store : model.registrationStores()) {
    const Routine *routine = model.storedRoutine(store);
    if (!routine || store.value != SlotStoreFact::Value::Routine)
      continue;
    if (std::optional<IrqlRange> range = irql.entry(store.slot))
      addRole(routine, *range, "'" + routine->name + "' is registered as " + store.slot, store.pos);
  }
  auto article = [](const std::string &noun) {
    return std::string("aeiouAEIOU").find(noun.front()) != std::string::npos ? "an " : "a ";
  };
  for (const auto &[key, routine] : model.routines())
    for (const CallFact &call : routine.calls)
      for (const IrqlCallback &callback : irql.callbacks(call.callee))
        if (callback.arg < call.args.size() && call.args[callback.arg].value.rfind("r:", 0) == 0)
          if (const Routine *target = model.resolve(call.args[callback.arg].value.substr(2), routine.unit))
            addRole(target, callback.irql,
                    "'" + target->name + "' is " + article(callback.role) + callback.role + ", passed to " +
                        call.callee,
                    call.pos);

  // Routines called only by the driver get their callers' IRQL.
  std::set<std::string> referenced(model.callbackRoutines().begin(), model.callbackRoutines().end());
  for (const auto *stores : {&model.stores(), &model.registrationStores()})
    for (const SlotStoreFact &store : *stores)
      if (const Routine *routine = model.storedRoutine(store))
        referenced.insert(routine->key);
  // In one file of a driver, a routine other files can call may be called
  // at any IRQL from there.
  if (model.scope() == ModelScope::OneFile)
    for (const auto &[key, routine] : model.routines())
      if (routine.externalLinkage)
        referenced.insert(key);
  // A caller whose paths cannot be followed (parse errors, no CFG) calls at
  // an IRQL nobody knows: its callees get none from their callers.
  for (const auto &[key, routine] : model.routines())
    if (routine.hasBody && (routine.hasErrors || routine.cfg.blocks.empty()))
      for (const CallFact &call : routine.calls)
        if (const Routine *callee = model.callee(routine, call))
          referenced.insert(callee->key);

  // --- each routine's paths, repeated until callers and helpers agree ---
  // Until callers and helpers agree; the cap only guards against cycles that
  // keep alternating.
  for (int round = 0; round < 24; ++round) {
    analysis.calls_.clear();
    analysis.exits_.clear();
    struct CallerIrql {
      IrqlRange range;
      SourcePos firstCall;
    };
    std::map<std::string, CallerIrql> fromCallers;
    std::map<std::string, HelperEffect> helpers;

    for (const auto &[key, routine] : model.routines()) {
      if (!routine.hasBody || routine.hasErrors || routine.cfg.blocks.empty())
        continue;
      auto found = analysis.entries_.find(key);
      IrqlState start;
      start.reachable = true;
      start.range = found != analysis.entries_.end() && found->second.known ? found->second.range
                                                                             : IrqlRange{0, kHighLevel};
      const FunctionCfg &cfg = routine.cfg;
      std::vector<IrqlState> in(cfg.blocks.size());
      in[cfg.entry] = start;
      std::deque<unsigned> work{cfg.entry};
      std::vector<int> visits(cfg.blocks.size(), 0);
      std::vector<IrqlCall> calls;
      std::vector<IrqlExit> exits;
      std::vector<IrqlState> out(cfg.blocks.size());

      auto transfer = [&](unsigned block, bool record) {
        IrqlState state = in[block];
        for (const CfgEvent &event : cfg.blocks[block].events) {
          if (event.kind == CfgEvent::Kind::Return) {
            if (record)
              exits.push_back({&routine, event.pos, state});
            continue;
          }
          if (event.kind != CfgEvent::Kind::Call)
            continue;
          const CallFact &call = routine.calls[event.call];
          if (record)
            calls.push_back({&routine, &call, state});
          if (const IrqlEffect *effect = irql.effect(call.callee)) {
            if (effect->kind == IrqlEffect::Kind::Restore) {
              if (popRaise(state))
                continue;
              if (!state.mayHold.empty()) {
                state.mayHold.pop_back();
                state.range = start.range;
              } else {
                ++state.restoredBelowEntry;
                state.range = {0, kHighLevel};
              }
              continue;
            }
            std::optional<int> level = effect->level;
            if (!level && effect->levelArg && *effect->levelArg < call.args.size())
              if (call.args[*effect->levelArg].constant)
                level = static_cast<int>(*call.args[*effect->levelArg].constant);
            IrqlRaise raise;
            raise.pos = call.pos;
            raise.before = state.range;
            std::string lock;
            if (effect->lockArg && *effect->lockArg < call.args.size())
              lock = call.args[*effect->lockArg].spelling;
            while (!lock.empty() && lock.front() == '&')
              lock.erase(lock.begin());
            if (effect->lock) {
              raise.description = effect->what + (lock.empty() ? "" : " '" + lock + "'") + " is held (acquired at " +
                                  lineOf(call.pos) + ")";
            } else {
              raise.description = effect->what + " raised it at " + lineOf(call.pos);
            }
            if (level) {
              raise.level = *level;
              state.range = {*level, *level};
            } else {
              raise.level = kHighLevel;
              state.range = {0, kHighLevel};
            }
            const std::string to = level ? irql.levelName(*level) : std::string("an unknown level");
            raise.step = effect->lock ? "acquires " + effect->what + (lock.empty() ? "" : " '" + lock + "'") +
                                               ": IRQL is now " + to
                                         : effect->what + " raises IRQL to " + to;
            state.held.push_back(raise);
            state.mayHold.push_back(raise);
            continue;
          }
          // A helper that returns raised, or restored, for its caller.
          if (const Routine *callee = model.callee(routine, call)) {
            const HelperEffect helper = analysis.helperEffects_.count(callee->key)
                                            ? analysis.helperEffects_.at(callee->key)
                                            : HelperEffect{};
            if (helper.restores) {
              if (!popRaise(state)) {
                state.mayHold.clear();
                state.range = {0, kHighLevel};
              }
              continue;
            }
            if (helper.mayRaise) {
              state.range = unite(state.range, {*helper.mayRaise, *helper.mayRaise});
              continue;
            }
            if (helper.raises) {
              IrqlRaise raise = *helper.raises;
              raise.before = state.range;
              raise.pos = call.pos;
              raise.description = "'" + callee->name + "' returned with IRQL raised (called at " + lineOf(call.pos) + ")";
              raise.step = "'" + callee->name + "' raises IRQL to " + irql.levelName(raise.level);
              state.range = {raise.level, raise.level};
              state.held.push_back(raise);
              state.mayHold.push_back(raise);
            }
          }
        }
        return state;
      };

      while (!work.empty()) {
        unsigned block = work.front();
        work.pop_front();
        if (++visits[block] > 16)
          continue; // no explosion on odd loops: the states have converged or are cut
        IrqlState state = transfer(block, false);
        out[block] = state;
        for (unsigned next : cfg.blocks[block].successors) {
          IrqlState merged = join(in[next], state);
          if (!(merged == in[next]) || !in[next].reachable) {
            in[next] = merged;
            in[next].reachable = true;
            work.push_back(next);
          }
        }
      }
      // Record with the converged states.
      for (unsigned block = 0; block < cfg.blocks.size(); ++block)
        if (in[block].reachable)
          transfer(block, true);
      // A path that reaches the closing brace without a return statement.
      for (unsigned block = 0; block < cfg.blocks.size(); ++block) {
        if (!in[block].reachable)
          continue;
        const std::vector<unsigned> &next = cfg.blocks[block].successors;
        const bool endsAtExit = std::find(next.begin(), next.end(), cfg.exit) != next.end();
        const bool returns = std::any_of(cfg.blocks[block].events.begin(), cfg.blocks[block].events.end(),
                                         [](const CfgEvent &e) { return e.kind == CfgEvent::Kind::Return; });
        if (endsAtExit && !returns && block != cfg.exit)
          exits.push_back({&routine, cfg.end, transfer(block, false)});
      }

      // What the routine leaves its caller with.
      std::optional<IrqlRaise> raisesForCaller;
      bool consistent = !exits.empty();
      for (const IrqlExit &exit : exits) {
        if (exit.state.held.empty() || exit.state.held.size() != exit.state.mayHold.size()) {
          consistent = false;
          break;
        }
        if (!raisesForCaller)
          raisesForCaller = exit.state.held.back();
        else if (raisesForCaller->level != exit.state.held.back().level)
          consistent = false;
      }
      // The body decides what the caller is left with: an _IRQL_raises_
      // annotation may stand for a conditional raise (a try-lock written
      // with _When_), which the paths show and the annotation does not.
      HelperEffect helper;
      if (consistent)
        helper.raises = raisesForCaller;
      else if (!exits.empty() && std::all_of(exits.begin(), exits.end(), [](const IrqlExit &exit) {
            return exit.state.restoredBelowEntry > 0 && exit.state.mayHold.empty();
          }))
        helper.restores = true;
      else
        for (const IrqlExit &exit : exits)
          if (!exit.state.mayHold.empty())
            helper.mayRaise = std::max(helper.mayRaise.value_or(0), exit.state.mayHold.back().level);
      helpers[key] = helper;

      for (const IrqlCall &call : calls)
        if (const Routine *callee = model.callee(routine, *call.call))
          if (callee->hasBody) {
            auto [found, inserted] = fromCallers.emplace(callee->key, CallerIrql{call.state.range, call.call->pos});
            if (!inserted)
              found->second.range = unite(found->second.range, call.state.range);
          }
      analysis.calls_.insert(analysis.calls_.end(), calls.begin(), calls.end());
      analysis.exits_.insert(analysis.exits_.end(), exits.begin(), exits.end());
    }

    bool changed = helpers != analysis.helperEffects_;
    analysis.helperEffects_ = helpers;
    for (const auto &[key, caller] : fromCallers) {
      IrqlEntry &entry = analysis.entries_[key];
      if (entry.annotated || entry.systemCalled || referenced.count(key))
        continue;
      const bool known = caller.range.min != 0 || caller.range.max != kHighLevel;
      if (entry.known != known || !(entry.range == caller.range)) {
        entry.range = caller.range;
        entry.known = known;
        entry.because = "every caller of '" + model.routines().at(key).name + "' calls it at " +
                        analysis.describe(caller.range);
        entry.pos = caller.firstCall;
        changed = true;
      }
    }
    if (!changed)
      break;
  }
  return analysis;
}

} // namespace unloadcheck
