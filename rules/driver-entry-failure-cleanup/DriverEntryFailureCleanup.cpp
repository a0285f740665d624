// driver-entry-failure-cleanup: DriverEntry (or a helper it calls) returns a
// failure status on a path where something it registered is still
// registered; Unload is never called when DriverEntry fails. The same for
// AddDevice and the device objects and attachments it made.
//
// Each path is followed with helpers expanded in place. A registration call
// whose own status (or returned pointer) is tested and found failing
// registered nothing; a NULL test of a live resource's handle is a path
// that cannot run; a call the analysis cannot see may release anything.
#include "engine/RuleContext.h"
#include "model/InlinedPaths.h"
#include "model/Teardown.h"

#include <map>
#include <set>

namespace unloadcheck::rules {

namespace {

struct Live {
  const Acquisition *acquisition = nullptr;
  unsigned frame = 0;     // the invocation that made the call
  std::string resultKey;  // its result, as tests name it
};

enum class Known { Unknown, Yes, No };

struct Root {
  const Routine *routine = nullptr;
  bool addDevice = false;
};

// "NT_SUCCESS(status) is false", "device is NULL", for the codeFlow.
std::string branchTaken(const PathStep &step) {
  const ValueTestFact &test = *step.test;
  const std::string subject = test.spelling.empty() ? "the value" : "'" + test.spelling + "'";
  if (test.constant == 0 && (test.op == ValueTestFact::Op::Ge || test.op == ValueTestFact::Op::Lt))
    return "here " + subject + ((test.op == ValueTestFact::Op::Ge) == step.holds ? " shows success" : " shows a failure status");
  if (test.constant == 0)
    return "here " + subject + ((test.op == ValueTestFact::Op::Eq) == step.holds ? " is zero" : " is not zero");
  static const char *const names[] = {">=", "<", "==", "!="};
  return "here " + subject + " " + names[static_cast<int>(test.op)] + " " + std::to_string(test.constant) + " is " +
         (step.holds ? "true" : "false");
}

std::string keyOf(const ValueFact &value, unsigned frame) {
  switch (value.kind) {
  case ValueFact::Kind::CallResult: return std::to_string(frame) + "#" + std::to_string(value.call);
  case ValueFact::Kind::Variable: return std::to_string(frame) + ":" + value.variable;
  default: return "";
  }
}

class FailurePaths {
public:
  FailurePaths(RuleContext &context, const Root &root) : context_(context), root_(root) {
    for (const Acquisition &acquisition : context.teardown().acquisitions())
      if (!root.addDevice || acquisition.kind->deviceScoped)
        byCall_[acquisition.call] = &acquisition;
  }

  void run() {
    const bool followed = InlinedPaths::forEach(context_.model(), *root_.routine,
                                                [&](const std::vector<PathStep> &steps) { judge(steps); });
    if (!followed)
      return;
    for (auto &[pos, finding] : findings_)
      context_.report(finding.message, pos, finding.related, finding.flow);
  }

private:
  struct Finding {
    std::string message;
    std::vector<RelatedLocation> related, flow;
  };

  void judge(const std::vector<PathStep> &steps) {
    const Teardown &teardown = context_.teardown();
    std::vector<Live> live;
    std::map<std::string, Known> succeeded; // NTSTATUS: NT_SUCCESS holds
    std::map<std::string, Known> isNull;    // pointers
    std::map<unsigned, std::string> callerKey; // callee frame -> the caller's key for the call's result
    aliases_.clear();
    std::vector<RelatedLocation> flow;

    for (const PathStep &step : steps) {
      switch (step.kind) {
      case PathStep::Kind::Call: {
        if (step.opaque && !context_.kb().teardown().isUnrelatedCall(step.call->callee)) {
          live.clear(); // code nobody can see may release anything
          break;
        }
        const std::string key = std::to_string(step.frame) + "#" + std::to_string(step.callIndex);
        if (step.expanded)
          callerKey[step.calleeFrame] = key;
        if (auto found = byCall_.find(step.call); found != byCall_.end()) {
          live.push_back({found->second, step.frame, key});
          flow.push_back({step.pos, context_.teardown().message("{acquire} sets up {what} '{name}'", *found->second)});
          break;
        }
        for (auto it = live.rbegin(); it != live.rend(); ++it) {
          ResourceCallSite site;
          if (!teardown.releasesKind(*step.call, *it->acquisition->kind, &site))
            continue;
          if (ResourceIdentity::compare(it->acquisition->identity, site.identity) ==
              ResourceIdentity::Match::Different)
            continue;
          live.erase(std::next(it).base());
          break;
        }
        break;
      }
      case PathStep::Kind::Test:
        if (!learn(step, live, succeeded, isNull))
          return; // a path that cannot run
        flow.push_back({step.pos, branchTaken(step)});
        break;
      case PathStep::Kind::Return: {
        const std::string key = canonical(keyOf(step.value, step.frame));
        const std::optional<bool> constant = step.value.ntSuccess();
        const Known success = constant ? (*constant ? Known::Yes : Known::No)
                              : key.empty() || !succeeded.count(key) ? Known::Unknown
                                                                      : succeeded[key];
        if (success == Known::No)
          reportLive(step, live, flow);
        if (step.depth > 0)
          if (auto caller = callerKey.find(step.frame); caller != callerKey.end()) {
            // The caller's result is what the helper returned: what one
            // learns of it, the other knows.
            if (!key.empty())
              aliases_[caller->second] = key;
            else if (success != Known::Unknown)
              succeeded[caller->second] = success;
          }
        break;
      }
      default:
        break;
      }
    }
  }

  // What a comparison says; false when it contradicts what the path knows.
  bool learn(const PathStep &step, std::vector<Live> &live, std::map<std::string, Known> &succeeded,
             std::map<std::string, Known> &isNull) {
    const ValueTestFact &test = *step.test;
    const std::string key = canonical(keyOf(step.value, step.frame));
    auto liveWithResult = [&](const std::string &resultKey) {
      return std::find_if(live.begin(), live.end(), [&](const Live &entry) { return entry.resultKey == resultKey; });
    };
    if (test.constant == 0 && (test.op == ValueTestFact::Op::Ge || test.op == ValueTestFact::Op::Lt)) {
      const Known success = (test.op == ValueTestFact::Op::Ge) == step.holds ? Known::Yes : Known::No;
      if (!key.empty()) {
        if (succeeded.count(key) && succeeded[key] != success)
          return false;
        succeeded[key] = success;
      }
      if (success == Known::No && step.value.kind == ValueFact::Kind::CallResult)
        if (auto failed = liveWithResult(key); failed != live.end())
          live.erase(failed); // the call that failed registered nothing
      return true;
    }
    if (test.constant != 0 || (test.op != ValueTestFact::Op::Eq && test.op != ValueTestFact::Op::Ne))
      return true;
    const Known zero = (test.op == ValueTestFact::Op::Eq) == step.holds ? Known::Yes : Known::No;
    if (!key.empty()) {
      if (isNull.count(key) && isNull[key] != zero)
        return false;
      isNull[key] = zero;
      // `status == STATUS_SUCCESS`
      if (zero == Known::Yes) {
        if (succeeded.count(key) && succeeded[key] == Known::No)
          return false;
        succeeded[key] = Known::Yes;
      }
    }
    if (zero != Known::Yes)
      return true;
    // A NULL result: the call that returns the resource failed.
    if (step.value.kind == ValueFact::Kind::CallResult)
      if (auto failed = liveWithResult(key); failed != live.end()) {
        live.erase(failed);
        return true;
      }
    // A NULL test of the handle of something live (or of a field of it,
    // `gCookie.QuadPart`): not this path.
    for (auto it = live.begin(); it != live.end(); ++it) {
      const Acquisition &acquisition = *it->acquisition;
      const std::string handle = displayName(acquisition.identity.spelling);
      if (handle.empty() || (test.spelling != handle && test.spelling.rfind(handle + ".", 0) != 0))
        continue;
      if (acquisition.entry->identity.kind == IdentitySpec::Kind::Result) {
        live.erase(it); // `x = Acquire(); if (x == NULL)`: it failed
        return true;
      }
      return false;
    }
    return true;
  }

  void reportLive(const PathStep &step, std::vector<Live> &live, const std::vector<RelatedLocation> &flow) {
    std::vector<Live> leaked;
    for (auto it = live.begin(); it != live.end();) {
      if (it->frame >= step.frame) { // made by this invocation or the helpers it called
        leaked.push_back(*it);
        it = live.erase(it);
      } else {
        ++it;
      }
    }
    if (leaked.empty() || findings_.count(step.pos))
      return;
    const Teardown &teardown = context_.teardown();
    const Acquisition &first = *leaked.front().acquisition;
    const std::string returned = step.value.spelling.empty() ? "a failure status" : step.value.spelling;
    Finding finding;
    finding.message = "'" + step.routine->name + "' fails here (returns " + returned + ") while " +
                      teardown.message("{what} '{name}'", first) + " from line " +
                      std::to_string(first.call->pos.line) + " is still live: call " +
                      teardown.message("{undo}", first) + " before returning; " +
                      (root_.addDevice ? "no IRP_MN_REMOVE_DEVICE follows a failed AddDevice"
                                       : "the Unload routine is not called when DriverEntry fails");
    for (const Live &entry : leaked)
      finding.related.push_back(
          {entry.acquisition->call->pos, teardown.message("{what} '{name}' is still live", *entry.acquisition)});
    finding.flow = flow;
    finding.flow.push_back({step.pos, "'" + step.routine->name + "' fails here"});
    findings_[step.pos] = std::move(finding);
  }

  std::string canonical(std::string key) const {
    for (auto alias = aliases_.find(key); alias != aliases_.end(); alias = aliases_.find(key))
      key = alias->second;
    return key;
  }

  RuleContext &context_;
  Root root_;
  std::map<std::string, std::string> aliases_; // a call's result -> the helper value it is
  std::map<const CallFact *, const Acquisition *> byCall_;
  std::map<SourcePos, Finding> findings_;
};

} // namespace

void checkDriverEntryFailureCleanup(RuleContext &context) {
  std::vector<Root> roots;
  if (const Routine *entry = context.model().entryPoint(); entry && entry->hasBody)
    roots.push_back({entry, false});
  for (const SlotStoreFact &store : context.model().stores())
    if (store.slot == "AddDevice" && store.value == SlotStoreFact::Value::Routine)
      if (const Routine *routine = context.model().storedRoutine(store); routine && routine->hasBody)
        roots.push_back({routine, true});
  for (const Root &root : roots) {
    if (!root.routine->hasErrors && root.routine->cfg.blocks.empty()) {
      context.notify("'" + root.routine->name + "' could not be followed path by path (no control-flow graph, as "
                     "with __try/__finally); its failure paths are not checked",
                     root.routine->firstDecl().namePos);
      continue;
    }
    FailurePaths(context, root).run();
  }
}

} // namespace unloadcheck::rules
