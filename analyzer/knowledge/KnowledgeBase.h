// The DDI knowledge base: role types, driver-object slots, IRP major
// functions, the calls that make a driver need an Unload routine, and the
// register/release pairs of teardown. Read from rules/knowledge/*.json;
// users extend the teardown pairs with their own files.
#pragma once

#include "knowledge/IrpKnowledge.h"
#include "knowledge/IrqlKnowledge.h"
#include "knowledge/TeardownKnowledge.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace unloadcheck {

struct SlotInfo {
  std::string name;   // "DriverUnload"
  std::string record; // "_DRIVER_OBJECT"
  std::string field;  // "DriverUnload"
  std::string role;   // "DRIVER_UNLOAD"
  bool indexed = false;
};

// A field of a structure the driver hands to the system, through which the
// system calls back: FLT_REGISTRATION's FilterUnloadCallback, ...
struct RegistrationField {
  std::string name;   // "FilterUnloadCallback"
  std::string record; // "_FLT_REGISTRATION"
  std::string field;  // "FilterUnloadCallback"
};

class KnowledgeBase {
public:
  // The knowledge base built into the binary.
  static const KnowledgeBase &builtin();
  // Parses wiring.json; throws std::runtime_error naming the problem.
  static KnowledgeBase parseWiring(const std::string &json);
  // The built-in knowledge plus the user's knowledge files, given as
  // (file name, contents). Throws std::runtime_error naming the file.
  static KnowledgeBase withUserFiles(const std::vector<std::pair<std::string, std::string>> &files);

  const TeardownKnowledge &teardown() const { return teardown_; }
  const IrqlKnowledge &irql() const { return irql_; }
  const IrpKnowledge &irp() const { return irp_; }
  const std::set<std::string> &stringInitializers() const { return teardown_.stringInitializers(); }
  const std::set<std::string> &stringModifiers() const { return teardown_.stringModifiers(); }

  const std::vector<std::string> &entryPoints() const { return entryPoints_; }
  const std::string &entryRoleType() const { return entryRoleType_; }
  const std::vector<SlotInfo> &slots() const { return slots_; }
  const SlotInfo *findSlot(const std::string &record, const std::string &field) const;
  const SlotInfo *slotNamed(const std::string &name) const;
  const std::vector<RegistrationField> &registrationFields() const { return registrationFields_; }
  const RegistrationField *findRegistrationField(const std::string &record, const std::string &field) const;
  bool hasRegistrationRecord(const std::string &record) const;

  // Does a routine declared with `typedefName` have the role `role`?
  bool roleAccepts(const std::string &role, const std::string &typedefName) const;
  // The role a typedef name declares, if it is a role type at all.
  std::optional<std::string> roleOfTypedef(const std::string &typedefName) const;
  bool isRoleType(const std::string &typedefName) const { return roleOfTypedef(typedefName).has_value(); }

  std::optional<int> majorFunctionIndex(const std::string &name) const;
  std::string majorFunctionName(int index) const; // "IRP_MJ_READ" or the number
  bool isMajorFunctionAny(const std::string &name) const;

  bool isDispatchTypeAnnotation(const std::string &macro) const;
  bool isDispatchTypeOtherAnnotation(const std::string &macro) const;
  bool isUseDeclAnnotations(const std::string &macro) const;
  bool isFunctionClassAnnotation(const std::string &macro) const;
  // Every annotation macro the front end must capture.
  const std::set<std::string> &annotationMacros() const { return annotationMacros_; }

  bool isFrameworkInitializer(const std::string &ddi) const { return frameworkInitializers_.count(ddi) != 0; }
  bool requiresUnload(const std::string &ddi) const { return unloadRequiringCalls_.count(ddi) != 0; }
  // What makes a driver a file-system filter: including one of these
  // headers (lower case), or calling one of these.
  const std::set<std::string> &fileSystemFilterHeaders() const { return fileSystemFilterHeaders_; }
  const std::set<std::string> &fileSystemFilterCalls() const { return fileSystemFilterCalls_; }

private:
  std::vector<std::string> entryPoints_;
  std::string entryRoleType_;
  std::vector<SlotInfo> slots_;
  std::vector<RegistrationField> registrationFields_;
  std::map<std::string, std::string> typedefToRole_;   // accepted typedef -> role
  std::map<std::string, int> majorFunctions_;           // name -> index (canonical first)
  std::map<int, std::string> majorFunctionNames_;       // index -> canonical name
  std::set<std::string> majorFunctionAny_;
  std::set<std::string> dispatchType_, dispatchTypeOther_, useDecl_, functionClass_;
  std::set<std::string> annotationMacros_;
  std::set<std::string> frameworkInitializers_, unloadRequiringCalls_;
  std::set<std::string> fileSystemFilterHeaders_, fileSystemFilterCalls_;
  TeardownKnowledge teardown_;
  IrqlKnowledge irql_;
  IrpKnowledge irp_;
};

} // namespace unloadcheck
