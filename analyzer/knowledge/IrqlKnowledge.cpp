#include "knowledge/IrqlKnowledge.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace unloadcheck {

namespace {

using nlohmann::json;

[[noreturn]] void invalid(const std::string &where, const std::string &problem) {
  throw std::runtime_error(where + ": " + problem);
}

} // namespace

std::optional<int> IrqlKnowledge::level(const std::string &name) const {
  auto found = levels_.find(name);
  if (found != levels_.end())
    return found->second;
  if (!name.empty() && name.find_first_not_of("0123456789") == std::string::npos && name.size() < 3)
    return std::stoi(name);
  return std::nullopt;
}

std::string IrqlKnowledge::levelName(int level) const {
  for (const auto &[name, value] : levels_)
    if (value == level)
      return name;
  return std::to_string(level);
}

IrqlRange IrqlKnowledge::range(const std::string &where, const void *opaque) const {
  const json &node = *static_cast<const json *>(opaque);
  IrqlRange result;
  auto bound = [&](const json &value) {
    if (!value.is_string())
      invalid(where, "an IRQL must be a level name");
    std::optional<int> found = level(value.get<std::string>());
    if (!found)
      invalid(where, "unknown IRQL '" + value.get<std::string>() + "'");
    return *found;
  };
  if (node.is_array() && node.size() == 2) {
    result.min = bound(node[0]);
    result.max = bound(node[1]);
  } else if (node.is_object() && node.contains("max")) {
    result.max = bound(node.at("max"));
    result.min = node.contains("min") ? bound(node.at("min")) : 0;
  } else {
    invalid(where, "expected [min, max] or {\"max\": ..., \"min\": ...}");
  }
  if (result.min > result.max)
    invalid(where, "min is above max");
  return result;
}

void IrqlKnowledge::add(const std::string &text) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error &e) {
    invalid("not valid JSON", e.what());
  }
  try {
    // Each section is kept in a variable: items() refers into it.
    const json levels = root.value("levels", json::object());
    const json ddis = root.value("ddis", json::object());
    const json entries = root.value("entry", json::object());
    const json callbacks = root.value("callbacks", json::object());
    const json effects = root.value("effects", json::object());
    for (const auto &[name, value] : levels.items())
      levels_[name] = value.get<int>();
    for (const auto &[name, node] : ddis.items())
      ddis_[name] = range("ddis." + name, &node);
    for (const auto &[name, node] : entries.items()) {
      if (name == "MajorFunction") {
        for (const auto &[major, irql] : node.items())
          majorEntry_[major] = range("entry.MajorFunction." + major, &irql);
      } else {
        entry_[name] = range("entry." + name, &node);
      }
    }
    // One routine: an object; several (a port's connect, disconnect and
    // message routines): an array of them.
    for (const auto &[name, node] : callbacks.items()) {
      std::vector<IrqlCallback> &list = callbacks_[name];
      list.clear();
      for (const json &each : node.is_array() ? node : json::array({node})) {
        IrqlCallback callback;
        callback.arg = each.at("arg").get<unsigned>();
        callback.irql = range("callbacks." + name, &each.at("irql"));
        callback.role = each.value("role", "callback");
        list.push_back(callback);
      }
    }
    for (const auto &[name, node] : effects.items()) {
      IrqlEffect effect;
      if (node.value("restore", false)) {
        effect.kind = IrqlEffect::Kind::Restore;
      } else {
        const json &raise = node.at("raise");
        if (raise.is_string()) {
          effect.level = level(raise.get<std::string>());
          if (!effect.level)
            invalid("effects." + name, "unknown IRQL '" + raise.get<std::string>() + "'");
        } else {
          effect.levelArg = raise.at("arg").get<unsigned>();
        }
      }
      if (node.contains("lock")) {
        effect.lock = true;
        if (node.at("lock").contains("arg"))
          effect.lockArg = node.at("lock").at("arg").get<unsigned>();
      }
      effect.what = node.value("what", name);
      effects_[name] = effect;
    }
    const json annotations = root.value("annotations", json::object());
    const std::pair<const char *, Annotation> kinds[] = {
        {"requires", Annotation::Requires}, {"requiresMax", Annotation::RequiresMax},
        {"requiresMin", Annotation::RequiresMin}, {"raises", Annotation::Raises},
        {"pagedCode", Annotation::PagedCode}};
    for (const auto &[key, kind] : kinds) {
      const json macros = annotations.value(key, json::array());
      for (const json &macro : macros) {
        annotations_[macro.get<std::string>()] = kind;
        annotationMacros_.insert(macro.get<std::string>());
      }
    }
    const json sections = root.value("pageableSections", json::array());
    for (const json &section : sections)
      pageableSections_.push_back(section.get<std::string>());
  } catch (const json::exception &e) {
    invalid("invalid IRQL knowledge", e.what());
  }
}

const IrqlRange *IrqlKnowledge::ddi(const std::string &name) const {
  auto found = ddis_.find(name);
  return found == ddis_.end() ? nullptr : &found->second;
}

const IrqlEffect *IrqlKnowledge::effect(const std::string &call) const {
  auto found = effects_.find(call);
  return found == effects_.end() ? nullptr : &found->second;
}

const std::vector<IrqlCallback> &IrqlKnowledge::callbacks(const std::string &call) const {
  static const std::vector<IrqlCallback> none;
  auto found = callbacks_.find(call);
  return found == callbacks_.end() ? none : found->second;
}

std::optional<IrqlRange> IrqlKnowledge::entry(const std::string &slot) const {
  auto found = entry_.find(slot);
  if (found == entry_.end())
    return std::nullopt;
  return found->second;
}

std::optional<IrqlRange> IrqlKnowledge::majorFunctionEntry(const std::string &major) const {
  auto found = majorEntry_.find(major);
  if (found == majorEntry_.end())
    return std::nullopt;
  return found->second;
}

IrqlKnowledge::Annotation IrqlKnowledge::annotation(const std::string &macro) const {
  auto found = annotations_.find(macro);
  return found == annotations_.end() ? Annotation::None : found->second;
}

bool IrqlKnowledge::isPageableSection(const std::string &section) const {
  for (const std::string &prefix : pageableSections_)
    if (section.rfind(prefix, 0) == 0)
      return true;
  return false;
}

} // namespace unloadcheck
