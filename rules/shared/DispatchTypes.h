// What a dispatch routine's _Dispatch_type_ annotations say, and which of
// the MajorFunction slots it is stored in they leave out: read by
// driver-dispatch-type, and by driver-role-type, whose fix declares a
// dispatch routine with the annotations it needs.
#pragma once

#include "facts/Facts.h"
#include "knowledge/KnowledgeBase.h"
#include "model/DriverModel.h"

#include <set>
#include <string>
#include <vector>

namespace unloadcheck {

struct DispatchTypes {
  bool annotated = false;
  bool anySlot = false; // IRP_MJ_OTHER, or an argument that cannot be read
  std::set<int> named;  // major function indices the annotations name
};

DispatchTypes dispatchTypes(const Routine &routine, const KnowledgeBase &kb);

// The major functions ("IRP_MJ_WRITE") of the constant-index stores whose
// slot the annotations do not name, once each, in store order; none when
// an annotation stands for any slot.
std::vector<std::string> unnamedMajorFunctions(const DispatchTypes &types,
                                               const std::vector<const SlotStoreFact *> &stores,
                                               const KnowledgeBase &kb);

// "_Dispatch_type_(IRP_MJ_WRITE)".
std::string dispatchTypeAnnotation(const std::string &majorFunction);

} // namespace unloadcheck
