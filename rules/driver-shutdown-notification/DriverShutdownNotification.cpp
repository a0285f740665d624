// driver-shutdown-notification: shutdown work is wired both ways (a
// registration has an IRP_MJ_SHUTDOWN routine to call, an IRP_MJ_SHUTDOWN
// routine has a registration to be called through) and the registration is
// undone before the driver unloads.
#include "engine/RuleContext.h"
#include "model/Teardown.h"
#include "model/Wiring.h"
#include "shared/UnreleasedResources.h"

#include <algorithm>

namespace unloadcheck::rules {

namespace {

constexpr const char *kRule = "driver-shutdown-notification";

bool callsAnywhere(const DriverModel &model, const std::vector<ResourceCall> &calls) {
  for (const auto &[key, routine] : model.routines())
    for (const CallFact &call : routine.calls)
      for (const ResourceCall &entry : calls)
        if (call.callee == entry.call)
          return true;
  return false;
}

} // namespace

void checkDriverShutdownNotification(RuleContext &context) {
  const DriverModel &model = context.model();
  const KnowledgeBase &kb = context.kb();
  const Teardown &teardown = context.teardown();
  const std::optional<int> shutdown = kb.majorFunctionIndex("IRP_MJ_SHUTDOWN");

  const SlotStoreFact *shutdownStore = nullptr;
  bool someIndexUnknown = false;
  for (const SlotStoreFact &store : model.stores()) {
    if (store.slot != "MajorFunction" || store.value == SlotStoreFact::Value::Null)
      continue;
    if (!store.majorFunction)
      someIndexUnknown = true;
    else if (store.majorFunction == shutdown && !shutdownStore)
      shutdownStore = &store;
  }

  std::vector<const Acquisition *> registrations;
  for (const Acquisition &acquisition : teardown.acquisitions())
    if (acquisition.kind->rule == kRule)
      registrations.push_back(&acquisition);

  const Routine *entry = model.entryPoint();
  const std::string entryName = entry ? entry->name : "DriverEntry";
  if (!shutdownStore && !someIndexUnknown)
    for (const Acquisition *registration : registrations) {
      const std::string name = displayName(registration->identity.spelling);
      context.report(registration->call->callee + " registers " +
                         (name.empty() ? std::string("a device object") : "'" + name + "'") +
                         " for IRP_MJ_SHUTDOWN, but the driver has no IRP_MJ_SHUTDOWN dispatch routine: "
                         "set DriverObject->MajorFunction[IRP_MJ_SHUTDOWN] in '" + entryName + "'",
                     registration->call->pos);
    }

  // A filter receives IRP_MJ_SHUTDOWN from the stack above it; a registered
  // file system is sent it by the I/O manager.
  const bool attaches = std::any_of(teardown.acquisitions().begin(), teardown.acquisitions().end(),
                                    [](const Acquisition &a) {
                                      return a.kind->id == "attached-device" || a.kind->id == "file-system";
                                    });
  bool registersAnywhere = false;
  for (const ResourceKind &kind : kb.teardown().resources())
    if (kind.rule == kRule && callsAnywhere(model, kind.acquire))
      registersAnywhere = true;
  if (shutdownStore && !registersAnywhere && !attaches && !teardown.isPnpDriver()) {
    if (std::optional<UnseenCode> unseen = teardown.unseenAnywhere()) {
      context.notify(unseen->sentence +
                         "; whether the driver registers for shutdown notification is not checked",
                     unseen->pos);
    } else if (const Routine *routine = model.storedRoutine(*shutdownStore)) {
      context.report("'" + routine->name + "' is stored in " + describeSlot(*shutdownStore, kb) +
                         " but no device object is registered with IoRegisterShutdownNotification, so it "
                         "is never called: register the device object in '" + entryName + "'",
                     shutdownStore->pos);
    }
  }

  reportUnreleased(context, teardown, kRule);
}

} // namespace unloadcheck::rules
