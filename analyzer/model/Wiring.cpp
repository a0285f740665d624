#include "model/Wiring.h"

#include <algorithm>
#include <cctype>

namespace unloadcheck {

std::string describeSlot(const SlotStoreFact &store, const KnowledgeBase &kb) {
  const SlotInfo *slot = kb.slotNamed(store.slot);
  if (!slot || !slot->indexed)
    return store.slot;
  std::string index = store.majorFunction ? kb.majorFunctionName(*store.majorFunction)
                                          : store.majorFunctionSpelling;
  return store.slot + "[" + index + "]";
}

std::map<std::string, std::vector<const SlotStoreFact *>>
storesByRoutine(const DriverModel &model, const std::string &slot) {
  std::map<std::string, std::vector<const SlotStoreFact *>> grouped;
  for (const SlotStoreFact &store : model.stores()) {
    if (!slot.empty() && store.slot != slot)
      continue;
    if (store.value != SlotStoreFact::Value::Routine && store.value != SlotStoreFact::Value::CastRoutine)
      continue;
    if (const Routine *routine = model.storedRoutine(store))
      grouped[routine->key].push_back(&store);
  }
  return grouped;
}

std::vector<std::string> declaredRoleTypes(const Routine &routine, const KnowledgeBase &kb) {
  std::vector<std::string> roles;
  auto add = [&](const std::string &name) {
    if (kb.isRoleType(name) && std::find(roles.begin(), roles.end(), name) == roles.end())
      roles.push_back(name);
  };
  for (const std::string &name : routine.typedefNames())
    add(name);
  for (const Annotation &annotation : routine.annotations())
    if (kb.isFunctionClassAnnotation(annotation.name) && !annotation.args.empty())
      add(annotation.args.front());
  return roles;
}

bool endsWithIgnoringCase(const std::string &text, const std::string &suffix) {
  if (suffix.size() > text.size())
    return false;
  return std::equal(suffix.rbegin(), suffix.rend(), text.rbegin(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
}

} // namespace unloadcheck
