// Questions about a driver's wiring that several rules ask of the model.
#pragma once

#include "facts/Facts.h"
#include "knowledge/KnowledgeBase.h"
#include "model/DriverModel.h"

#include <map>
#include <string>
#include <vector>

namespace unloadcheck {

// "DriverUnload", "MajorFunction[IRP_MJ_READ]", "MajorFunction[i]".
std::string describeSlot(const SlotStoreFact &store, const KnowledgeBase &kb);

// Stores of a routine (Routine or CastRoutine values) grouped by the routine
// they store, in the order the stores appear; routines keyed by Routine::key.
std::map<std::string, std::vector<const SlotStoreFact *>>
storesByRoutine(const DriverModel &model, const std::string &slot = "");

// The role type names a routine is declared with: its typedef names and
// `_Function_class_(X)` annotations that the knowledge base knows as roles.
std::vector<std::string> declaredRoleTypes(const Routine &routine, const KnowledgeBase &kb);

bool endsWithIgnoringCase(const std::string &text, const std::string &suffix);

} // namespace unloadcheck
