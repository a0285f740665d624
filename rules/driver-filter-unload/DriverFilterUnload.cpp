// driver-filter-unload: a minifilter's FilterUnloadCallback that leaves the
// filter registered or a server port open, unregisters before closing its
// ports, refuses to unload without testing FLTFL_FILTER_UNLOAD_MANDATORY or
// after it already unregistered, or returns no status; and a FLT_REGISTRATION
// with no FilterUnloadCallback at all.
#include "engine/RuleContext.h"
#include "model/InlinedPaths.h"
#include "model/Teardown.h"

#include <set>

namespace unloadcheck::rules {

namespace {

constexpr const char *kRule = "driver-filter-unload";
constexpr const char *kFilterKind = "filter-registration";
constexpr const char *kPortKind = "filter-communication-port";
// FLT_FILTER_UNLOAD_FLAGS: the FilterUnloadCallback's first parameter.
constexpr int kFlagsParameter = 0;
constexpr long long kMandatory = 0x1; // FLTFL_FILTER_UNLOAD_MANDATORY

std::string line(const SourcePos &pos) { return "line " + std::to_string(pos.line); }

// A FLT_REGISTRATION whose FilterUnloadCallback is NULL or left out, unless
// the driver stores a routine there at run time or never registers it.
void reportMissingCallbacks(RuleContext &context) {
  const DriverModel &model = context.model();
  std::vector<const SlotStoreFact *> routines;
  for (const SlotStoreFact &store : model.registrationStores())
    if (store.slot == "FilterUnloadCallback" && store.value != SlotStoreFact::Value::Null)
      routines.push_back(&store);
  std::vector<std::string> registered; // what FltRegisterFilter is given; "" when unknown
  for (const auto &[key, routine] : model.routines())
    for (const CallFact &call : routine.calls)
      if (call.callee == "FltRegisterFilter")
        registered.push_back(call.args.size() > 1 ? call.args[1].pointee : "");

  for (const SlotStoreFact &store : model.registrationStores()) {
    if (store.slot != "FilterUnloadCallback" || store.value != SlotStoreFact::Value::Null)
      continue;
    const bool storedLater = std::any_of(routines.begin(), routines.end(), [&](const SlotStoreFact *other) {
      return other->holder == store.holder || other->holder.empty() || store.holder.empty();
    });
    if (storedLater)
      continue;
    const bool used = store.holder.empty() || registered.empty() ||
                      std::any_of(registered.begin(), registered.end(), [&](const std::string &given) {
                        return given.empty() || given == store.holder;
                      });
    if (!used)
      continue;
    const std::string name = store.holder.rfind("g:", 0) == 0 ? " '" + store.holder.substr(2) + "'" : "";
    context.reportVariant("no-unload-callback",
                          "FLT_REGISTRATION" + name + " has no FilterUnloadCallback: the minifilter can never be "
                          "unloaded; set it to a routine that calls FltUnregisterFilter",
                          store.pos);
  }
}

// What the teardown analysis says the callback leaves registered or open.
void reportUnreleased(RuleContext &context, const Routine &callback, const SourcePos &definition) {
  const Teardown &teardown = context.teardown();
  bool toldUnseen = false;
  for (const Acquisition &acquisition : teardown.acquisitions()) {
    if (acquisition.kind->rule != kRule)
      continue;
    const Teardown::Verdict verdict = teardown.verdict(acquisition);
    if (verdict == Teardown::Verdict::CannotTell) {
      if (!toldUnseen)
        if (std::optional<UnseenCode> unseen = teardown.unseenFor(acquisition)) {
          context.notify(unseen->sentence + "; what '" + callback.name + "' releases is not judged", unseen->pos);
          toldUnseen = true;
        }
      continue;
    }
    if (verdict != Teardown::Verdict::Unreleased)
      continue;
    const std::string name = displayName(acquisition.identity.spelling);
    const std::string subject = name.empty() ? "" : "(" + name + ")";
    if (acquisition.kind->id == kFilterKind)
      context.report("'" + callback.name + "' never calls FltUnregisterFilter" + subject +
                         ": the filter stays registered while its code is unloaded; unregister it before returning "
                         "STATUS_SUCCESS",
                     definition, {{acquisition.call->pos, "the filter is registered here"}});
    else if (acquisition.kind->id == kPortKind)
      context.report("'" + callback.name + "' never closes the communication port" +
                         (name.empty() ? "" : " '" + name + "'") + " created at " + line(acquisition.call->pos) +
                         ": call FltCloseCommunicationPort" + subject + " before FltUnregisterFilter",
                     definition, {{acquisition.call->pos, "the port is created here"}});
  }
}

// Each path of the callback, helpers expanded.
void reportPaths(RuleContext &context, const Routine &callback) {
  const Teardown &teardown = context.teardown();
  const ResourceKind *filterKind = context.kb().teardown().resource(kFilterKind);
  const ResourceKind *portKind = context.kb().teardown().resource(kPortKind);
  if (!filterKind || !portKind)
    return;
  const std::string name = "'" + callback.name + "'";
  struct Pending {
    SourcePos pos;
    std::string returned;
  };
  std::vector<Pending> withoutUnregistering;
  bool someUnregister = false;
  std::set<std::pair<SourcePos, std::string>> reported;
  auto report = [&](const std::string &message, const SourcePos &pos, std::vector<RelatedLocation> related = {}) {
    if (reported.insert({pos, message}).second)
      context.report(message, pos, std::move(related));
  };

  const bool followed = InlinedPaths::forEach(context.model(), callback, [&](const std::vector<PathStep> &steps) {
    std::optional<SourcePos> unregistered;
    bool opaque = false, testedClear = false, testedSet = false, flagsRead = false;
    for (const PathStep &step : steps) {
      switch (step.kind) {
      case PathStep::Kind::Call:
        opaque = opaque || step.opaque;
        if (teardown.releasesKind(*step.call, *filterKind)) {
          if (!unregistered)
            unregistered = step.pos;
        } else if (teardown.releasesKind(*step.call, *portKind) && unregistered) {
          report(name + " unregisters the filter before closing the communication port: call "
                        "FltCloseCommunicationPort first, while the filter is still registered",
                 *unregistered, {{step.pos, "the port is closed here"}});
        }
        break;
      case PathStep::Kind::BitTest:
        if (step.param == kFlagsParameter && (step.mask & kMandatory))
          (step.set ? testedSet : testedClear) = true;
        break;
      case PathStep::Kind::ParamRead:
        if (step.param == kFlagsParameter && !step.unused)
          flagsRead = true;
        break;
      case PathStep::Kind::Test:
        break;
      case PathStep::Kind::Return:
        if (step.depth != 0)
          break; // a helper returning to the callback
        someUnregister = someUnregister || unregistered.has_value();
        if (step.value.kind == ValueFact::Kind::None) {
          report(name + " returns no status on this path: return STATUS_SUCCESS once the filter is unregistered",
                 step.pos);
        } else if (step.value.ntSuccess() == false) {
          if (unregistered)
            report(name + " returns " + step.value.spelling + " after unregistering the filter at " +
                       line(*unregistered) + ": the unload can no longer be refused; return STATUS_SUCCESS",
                   step.pos, {{*unregistered, "the filter is unregistered here"}});
          else if (!testedClear && (testedSet || !flagsRead))
            report(name + " returns " + step.value.spelling +
                       " without testing FLTFL_FILTER_UNLOAD_MANDATORY: when the flag is set the unload cannot "
                       "be refused; refuse only if (Flags & FLTFL_FILTER_UNLOAD_MANDATORY) == 0",
                   step.pos);
        } else if (step.value.ntSuccess() == true && !unregistered && !opaque) {
          withoutUnregistering.push_back({step.pos, step.value.spelling});
        }
        break;
      }
    }
  });
  if (!followed)
    return;
  if (someUnregister)
    for (const Pending &pending : withoutUnregistering)
      report(name + " returns " + pending.returned + " without calling FltUnregisterFilter on this path: the "
                    "filter stays registered while its code is unloaded",
             pending.pos);
}

} // namespace

void checkDriverFilterUnload(RuleContext &context) {
  reportMissingCallbacks(context);
  for (const Routine *callback : context.model().filterUnloadCallbacks()) {
    const DeclFact *definition = callback->definition();
    if (!definition || callback->hasErrors)
      continue;
    reportUnreleased(context, *callback, definition->namePos);
    reportPaths(context, *callback);
  }
}

} // namespace unloadcheck::rules
