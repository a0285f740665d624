// driver-dispatch-type: a dispatch routine's _Dispatch_type_ annotations
// name every MajorFunction slot it is stored in.
#include "engine/RuleContext.h"
#include "model/Wiring.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace unloadcheck::rules {

namespace {

struct DispatchTypes {
  bool annotated = false;
  bool anySlot = false; // IRP_MJ_OTHER, or an argument we cannot read
  std::set<int> named;
};

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

std::string joinSlots(const std::vector<std::string> &names) {
  std::string text;
  for (size_t i = 0; i < names.size(); ++i)
    text += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
  return text;
}

} // namespace

void checkDriverDispatchType(RuleContext &context) {
  const DriverModel &model = context.model();
  const KnowledgeBase &kb = context.kb();
  for (const auto &[key, stores] : storesByRoutine(model, "MajorFunction")) {
    const Routine &routine = model.routines().at(key);
    if (routine.hasErrors || routine.isDdi || routine.decls.empty())
      continue;
    DispatchTypes types = dispatchTypes(routine, kb);
    const std::string name = "dispatch routine '" + routine.name + "'";

    if (!types.annotated) {
      if (!routine.declarationsComplete)
        continue; // the annotation may be on a declaration in the missing header
      std::vector<std::string> slots;
      std::vector<RelatedLocation> related;
      for (const SlotStoreFact *store : stores) {
        related.push_back({store->pos, "stored in " + describeSlot(*store, kb) + " here"});
        if (store->majorFunction) {
          std::string annotation = "_Dispatch_type_(" + kb.majorFunctionName(*store->majorFunction) + ")";
          if (std::find(slots.begin(), slots.end(), annotation) == slots.end())
            slots.push_back(annotation);
        }
      }
      std::string fix = slots.empty() ? "add _Dispatch_type_ naming the major functions it handles"
                                      : "add " + joinSlots(slots) + " to its declaration";
      context.report(name + " has no _Dispatch_type_ annotation: " + fix, routine.firstDecl().pos,
                     related);
      continue;
    }
    if (types.anySlot)
      continue;

    std::vector<std::string> missing;
    std::vector<RelatedLocation> related;
    for (const SlotStoreFact *store : stores) {
      if (!store->majorFunction || types.named.count(*store->majorFunction))
        continue;
      std::string slotName = kb.majorFunctionName(*store->majorFunction);
      related.push_back({store->pos, "stored in " + describeSlot(*store, kb) + " here"});
      if (std::find(missing.begin(), missing.end(), slotName) == missing.end())
        missing.push_back(slotName);
    }
    if (missing.empty())
      continue;
    std::vector<std::string> slots, fixes;
    for (const std::string &slotName : missing) {
      slots.push_back("MajorFunction[" + slotName + "]");
      fixes.push_back("_Dispatch_type_(" + slotName + ")");
    }
    context.report(name + " is stored in " + joinSlots(slots) +
                       " but its _Dispatch_type_ annotations do not name " + joinSlots(missing) +
                       ": add " + joinSlots(fixes),
                   routine.firstDecl().pos, related);
  }
}

} // namespace unloadcheck::rules
