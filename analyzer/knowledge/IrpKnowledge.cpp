#include "knowledge/IrpKnowledge.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace unloadcheck {

using nlohmann::json;

void IrpKnowledge::add(const std::string &text) {
  static const std::map<std::string, IrpCall::Does> kinds = {
      {"complete", IrpCall::Does::Complete},       {"passDown", IrpCall::Does::PassDown},
      {"markPending", IrpCall::Does::MarkPending}, {"handOff", IrpCall::Does::HandOff},
      {"keep", IrpCall::Does::Keep},          {"reclaim", IrpCall::Does::Reclaim},
      {"tag", IrpCall::Does::Tag}};
  try {
    json root = json::parse(text);
    pendingStatus_ = root.value("pendingStatus", pendingStatus_);
    for (const auto &[name, node] : root.at("calls").items()) {
      const std::string does = node.at("does").get<std::string>();
      auto kind = kinds.find(does);
      if (kind == kinds.end())
        throw std::runtime_error("calls." + name + ": unknown \"does\" '" + does + "'");
      calls_[name] = {kind->second, node.at("arg").get<unsigned>()};
    }
  } catch (const json::exception &e) {
    throw std::runtime_error(e.what());
  }
}

const IrpCall *IrpKnowledge::call(const std::string &name) const {
  auto found = calls_.find(name);
  return found == calls_.end() ? nullptr : &found->second;
}

} // namespace unloadcheck
