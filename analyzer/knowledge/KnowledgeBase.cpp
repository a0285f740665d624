#include "knowledge/KnowledgeBase.h"

#include "engine/EmbeddedFiles.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

namespace unloadcheck {

namespace {

using nlohmann::json;

std::set<std::string> stringSet(const json &node) {
  std::set<std::string> out;
  for (const json &item : node)
    out.insert(item.get<std::string>());
  return out;
}

std::string embedded(const char *name) {
  const std::string_view *file = findEmbeddedFile(name);
  if (!file)
    throw std::runtime_error(std::string(name) + " is not built into this binary");
  return std::string(*file);
}

} // namespace

const KnowledgeBase &KnowledgeBase::builtin() {
  static const KnowledgeBase kb = [] {
    KnowledgeBase kb = parseWiring(embedded("rules/knowledge/wiring.json"));
    try {
      kb.teardown_.add(embedded("rules/knowledge/teardown.json"));
    } catch (const std::runtime_error &e) {
      throw std::runtime_error(std::string("rules/knowledge/teardown.json: ") + e.what());
    }
    try {
      kb.irql_.add(embedded("rules/knowledge/irql.json"));
    } catch (const std::runtime_error &e) {
      throw std::runtime_error(std::string("rules/knowledge/irql.json: ") + e.what());
    }
    try {
      kb.irp_.add(embedded("rules/knowledge/irp.json"));
    } catch (const std::runtime_error &e) {
      throw std::runtime_error(std::string("rules/knowledge/irp.json: ") + e.what());
    }
    kb.annotationMacros_.insert(kb.irql_.annotationMacros().begin(), kb.irql_.annotationMacros().end());
    return kb;
  }();
  return kb;
}

KnowledgeBase KnowledgeBase::withUserFiles(const std::vector<std::pair<std::string, std::string>> &files) {
  KnowledgeBase kb = builtin();
  for (const auto &[name, contents] : files) {
    try {
      kb.teardown_.add(contents);
    } catch (const std::runtime_error &e) {
      throw std::runtime_error("knowledge file '" + name + "': " + e.what());
    }
  }
  return kb;
}

KnowledgeBase KnowledgeBase::parseWiring(const std::string &text) {
  KnowledgeBase kb;
  try {
    json root = json::parse(text);
    kb.entryPoints_ = root.at("entryPoints").get<std::vector<std::string>>();
    kb.entryRoleType_ = root.at("entryRoleType").get<std::string>();
    for (const auto &[role, info] : root.at("roleTypes").items())
      for (const json &name : info.at("accepts"))
        kb.typedefToRole_[name.get<std::string>()] = role;
    for (const json &name : root.at("otherRoleTypes"))
      kb.typedefToRole_.emplace(name.get<std::string>(), name.get<std::string>());
    for (const json &slot : root.at("slots")) {
      SlotInfo info;
      info.name = slot.at("name").get<std::string>();
      info.record = slot.at("record").get<std::string>();
      info.field = slot.at("field").get<std::string>();
      info.role = slot.at("role").get<std::string>();
      info.indexed = slot.value("indexed", false);
      kb.slots_.push_back(std::move(info));
    }
    for (const json &field : root.at("registrationFields"))
      kb.registrationFields_.push_back({field.at("name").get<std::string>(), field.at("record").get<std::string>(),
                                        field.at("field").get<std::string>()});
    for (const auto &[name, index] : root.at("majorFunctions").items()) {
      kb.majorFunctions_[name] = index.get<int>();
      kb.majorFunctionNames_[index.get<int>()] = name;
    }
    for (const auto &[name, index] : root.at("majorFunctionAliases").items())
      kb.majorFunctions_[name] = index.get<int>();
    kb.majorFunctionAny_ = stringSet(root.at("majorFunctionAny"));
    const json &dispatch = root.at("dispatchTypeAnnotations");
    kb.dispatchType_ = stringSet(dispatch.at("withArgument"));
    kb.dispatchTypeOther_ = stringSet(dispatch.at("other"));
    kb.useDecl_ = stringSet(root.at("useDeclAnnotations"));
    kb.functionClass_ = stringSet(root.at("functionClassAnnotations"));
    kb.frameworkInitializers_ = stringSet(root.at("frameworkInitializers"));
    kb.unloadRequiringCalls_ = stringSet(root.at("unloadRequiringCalls"));
    const json &filter = root.at("fileSystemFilter");
    kb.fileSystemFilterHeaders_ = stringSet(filter.at("headers"));
    kb.fileSystemFilterCalls_ = stringSet(filter.at("calls"));
  } catch (const json::exception &e) {
    throw std::runtime_error(std::string("invalid knowledge base: ") + e.what());
  }
  for (const auto *set : {&kb.dispatchType_, &kb.dispatchTypeOther_, &kb.useDecl_, &kb.functionClass_})
    kb.annotationMacros_.insert(set->begin(), set->end());
  return kb;
}

const SlotInfo *KnowledgeBase::findSlot(const std::string &record, const std::string &field) const {
  for (const SlotInfo &slot : slots_)
    if (slot.record == record && slot.field == field)
      return &slot;
  return nullptr;
}

const RegistrationField *KnowledgeBase::findRegistrationField(const std::string &record,
                                                             const std::string &field) const {
  for (const RegistrationField &known : registrationFields_)
    if (known.record == record && known.field == field)
      return &known;
  return nullptr;
}

bool KnowledgeBase::hasRegistrationRecord(const std::string &record) const {
  return std::any_of(registrationFields_.begin(), registrationFields_.end(),
                     [&](const RegistrationField &known) { return known.record == record; });
}

const SlotInfo *KnowledgeBase::slotNamed(const std::string &name) const {
  for (const SlotInfo &slot : slots_)
    if (slot.name == name)
      return &slot;
  return nullptr;
}

bool KnowledgeBase::roleAccepts(const std::string &role, const std::string &typedefName) const {
  auto found = typedefToRole_.find(typedefName);
  return found != typedefToRole_.end() && found->second == role;
}

std::optional<std::string> KnowledgeBase::roleOfTypedef(const std::string &typedefName) const {
  auto found = typedefToRole_.find(typedefName);
  if (found == typedefToRole_.end())
    return std::nullopt;
  return found->second;
}

std::optional<int> KnowledgeBase::majorFunctionIndex(const std::string &name) const {
  auto found = majorFunctions_.find(name);
  if (found == majorFunctions_.end())
    return std::nullopt;
  return found->second;
}

std::string KnowledgeBase::majorFunctionName(int index) const {
  auto found = majorFunctionNames_.find(index);
  return found == majorFunctionNames_.end() ? std::to_string(index) : found->second;
}

bool KnowledgeBase::isMajorFunctionAny(const std::string &name) const {
  return majorFunctionAny_.count(name) != 0;
}
bool KnowledgeBase::isDispatchTypeAnnotation(const std::string &macro) const {
  return dispatchType_.count(macro) != 0;
}
bool KnowledgeBase::isDispatchTypeOtherAnnotation(const std::string &macro) const {
  return dispatchTypeOther_.count(macro) != 0;
}
bool KnowledgeBase::isUseDeclAnnotations(const std::string &macro) const {
  return useDecl_.count(macro) != 0;
}
bool KnowledgeBase::isFunctionClassAnnotation(const std::string &macro) const {
  return functionClass_.count(macro) != 0;
}

} // namespace unloadcheck
