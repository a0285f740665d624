// The analyses of the driver model that several rules read (teardown, IRQL),
// worked out once per run, when a rule first asks for them.
#pragma once

#include "knowledge/KnowledgeBase.h"
#include "model/DriverModel.h"
#include "model/Irql.h"
#include "model/Teardown.h"

#include <optional>

namespace unloadcheck {

class DerivedAnalyses {
public:
  DerivedAnalyses(const DriverModel &model, const KnowledgeBase &kb) : model_(model), kb_(kb) {}

  const Teardown &teardown() const {
    if (!teardown_)
      teardown_ = Teardown::analyse(model_, kb_);
    return *teardown_;
  }
  const IrqlAnalysis &irql() const {
    if (!irql_)
      irql_ = IrqlAnalysis::analyse(model_, kb_);
    return *irql_;
  }

private:
  const DriverModel &model_;
  const KnowledgeBase &kb_;
  // Rules run one after another, so filling these lazily needs no lock.
  mutable std::optional<Teardown> teardown_;
  mutable std::optional<IrqlAnalysis> irql_;
};

} // namespace unloadcheck
