#include "shared/DispatchTypes.h"

#include <algorithm>
#include <cstdlib>

namespace unloadcheck {

DispatchTypes dispatchTypes(const Routine &routine, const KnowledgeBase &kb) {
  DispatchTypes types;
  for (const Annotation &annotation : routine.annotations()) {
    if (kb.isDispatchTypeOtherAnnotation(annotation.name)) {
      types.annotated = types.anySlot = true;
      continue;
    }
    if (!kb.isDispatchTypeAnnotation(annotation.name))
      continue;
    types.annotated = true;
    const std::string argument = annotation.args.empty() ? "" : annotation.args.front();
    if (auto index = kb.majorFunctionIndex(argument)) {
      types.named.insert(*index);
      continue;
    }
    char *end = nullptr;
    long number = std::strtol(argument.c_str(), &end, 0);
    if (!argument.empty() && end && *end == '\0')
      types.named.insert(static_cast<int>(number));
    else
      types.anySlot = true; // IRP_MJ_OTHER or a spelling we cannot resolve: never guess
  }
  return types;
}

std::vector<std::string> unnamedMajorFunctions(const DispatchTypes &types,
                                               const std::vector<const SlotStoreFact *> &stores,
                                               const KnowledgeBase &kb) {
  std::vector<std::string> missing;
  if (types.anySlot)
    return missing;
  for (const SlotStoreFact *store : stores) {
    if (!store->majorFunction || types.named.count(*store->majorFunction))
      continue;
    std::string name = kb.majorFunctionName(*store->majorFunction);
    if (std::find(missing.begin(), missing.end(), name) == missing.end())
      missing.push_back(std::move(name));
  }
  return missing;
}

std::string dispatchTypeAnnotation(const std::string &majorFunction) {
  return "_Dispatch_type_(" + majorFunction + ")";
}

} // namespace unloadcheck
