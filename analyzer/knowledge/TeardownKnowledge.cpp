#include "knowledge/TeardownKnowledge.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

namespace unloadcheck {

namespace {

using nlohmann::json;

[[noreturn]] void invalid(const std::string &where, const std::string &problem) {
  throw std::runtime_error(where + ": " + problem);
}

void allowOnly(const json &node, const std::string &where, std::initializer_list<const char *> keys) {
  if (!node.is_object())
    invalid(where, "expected an object");
  for (const auto &[key, value] : node.items())
    if (std::none_of(keys.begin(), keys.end(), [&](const char *k) { return key == k; }))
      invalid(where, "unknown key '" + key + "'");
}

std::string stringField(const json &node, const char *key, const std::string &where, bool required = true) {
  auto found = node.find(key);
  if (found == node.end()) {
    if (required)
      invalid(where, std::string("missing \"") + key + "\"");
    return "";
  }
  if (!found->is_string())
    invalid(where, std::string("\"") + key + "\" must be a string");
  return found->get<std::string>();
}

unsigned argumentIndex(const json &node, const char *key, const std::string &where) {
  const json &value = node.at(key);
  if (!value.is_number_unsigned())
    invalid(where, std::string("\"") + key + "\" must be an argument index (0, 1, ...)");
  return value.get<unsigned>();
}

IdentitySpec parseIdentity(const json &node, const std::string &where) {
  IdentitySpec spec;
  allowOnly(node, where, {"arg", "out", "result"});
  if (node.size() != 1)
    invalid(where, "give exactly one of \"arg\", \"out\" or \"result\"");
  if (node.contains("arg")) {
    spec.kind = IdentitySpec::Kind::Argument;
    spec.index = argumentIndex(node, "arg", where);
  } else if (node.contains("out")) {
    spec.kind = IdentitySpec::Kind::Output;
    spec.index = argumentIndex(node, "out", where);
  } else {
    if (node.at("result") != true)
      invalid(where, "\"result\" must be true");
    spec.kind = IdentitySpec::Kind::Result;
  }
  return spec;
}

CallCondition parseCondition(const json &node, const std::string &where) {
  allowOnly(node, where, {"arg", "is", "mask"});
  if (!node.contains("arg") || !node.contains("is"))
    invalid(where, "a condition needs \"arg\" and \"is\"");
  CallCondition condition;
  condition.arg = argumentIndex(node, "arg", where);
  const json &is = node.at("is");
  if (is == "zero")
    condition.test = CallCondition::Test::Zero;
  else if (is == "nonzero")
    condition.test = CallCondition::Test::NonZero;
  else if (is.is_number_integer()) {
    condition.test = CallCondition::Test::Equals;
    condition.value = is.get<long long>();
  } else
    invalid(where, "\"is\" must be \"zero\", \"nonzero\" or a number");
  if (node.contains("mask")) {
    if (!node.at("mask").is_number_integer())
      invalid(where, "\"mask\" must be a number");
    condition.mask = node.at("mask").get<long long>();
  }
  return condition;
}

std::vector<ResourceCall> parseCalls(const json &resource, const char *key, const std::string &where,
                                     bool acquiring) {
  std::vector<ResourceCall> calls;
  auto found = resource.find(key);
  if (found == resource.end() || !found->is_array() || found->empty())
    invalid(where, std::string("\"") + key + "\" must be a non-empty array of calls");
  for (size_t i = 0; i < found->size(); ++i) {
    const json &node = (*found)[i];
    const std::string at = where + "." + key + "[" + std::to_string(i) + "]";
    if (acquiring)
      allowOnly(node, at, {"call", "identity", "when", "context", "undo"});
    else
      allowOnly(node, at, {"call", "identity", "when"});
    ResourceCall call;
    call.call = stringField(node, "call", at);
    if (node.contains("identity"))
      call.identity = parseIdentity(node.at("identity"), at + ".identity");
    if (node.contains("when"))
      call.when = parseCondition(node.at("when"), at + ".when");
    if (node.contains("context")) {
      const json &context = node.at("context");
      allowOnly(context, at + ".context", {"arg"});
      call.contextArg = argumentIndex(context, "arg", at + ".context");
    }
    if (acquiring)
      call.undo = stringField(node, "undo", at);
    calls.push_back(std::move(call));
  }
  return calls;
}

ResourceKind parseResource(const json &node, const std::string &where) {
  allowOnly(node, where, {"id", "rule", "what", "verb", "unreleased", "message", "scope", "tracked",
                          "releasedIn", "acquire", "release"});
  ResourceKind kind;
  kind.id = stringField(node, "id", where);
  const std::string at = where + " ('" + kind.id + "')";
  kind.rule = stringField(node, "rule", at, false);
  if (kind.rule.empty())
    kind.rule = "driver-unload-missing-cleanup";
  kind.what = stringField(node, "what", at);
  kind.verb = stringField(node, "verb", at, false);
  kind.unreleased = stringField(node, "unreleased", at);
  kind.message = stringField(node, "message", at, false);
  const std::string scope = stringField(node, "scope", at, false);
  if (!scope.empty() && scope != "driver" && scope != "device")
    invalid(at, "\"scope\" must be \"driver\" or \"device\"");
  kind.deviceScoped = scope == "device";
  const std::string tracked = stringField(node, "tracked", at, false);
  if (!tracked.empty() && tracked != "global" && tracked != "always" && tracked != "driverEntry")
    invalid(at, "\"tracked\" must be \"always\", \"global\" or \"driverEntry\"");
  kind.globalOnly = tracked == "global";
  kind.driverEntryOnly = tracked == "driverEntry";
  const std::string releasedIn = stringField(node, "releasedIn", at, false);
  if (releasedIn == "anywhere")
    kind.releasedIn = ResourceKind::ReleasedIn::Anywhere;
  else if (releasedIn == "unloadPath")
    kind.releasedIn = ResourceKind::ReleasedIn::UnloadPath;
  else if (releasedIn == "beforeUnload")
    kind.releasedIn = ResourceKind::ReleasedIn::BeforeUnload;
  else if (!releasedIn.empty())
    invalid(at, "\"releasedIn\" must be \"anywhere\", \"unloadPath\" or \"beforeUnload\"");
  kind.acquire = parseCalls(node, "acquire", at, true);
  kind.release = parseCalls(node, "release", at, false);
  return kind;
}

void addNames(const json &root, const char *key, const std::string &where, auto &&insert) {
  auto found = root.find(key);
  if (found == root.end())
    return;
  if (!found->is_array())
    invalid(where, std::string("\"") + key + "\" must be an array of names");
  for (const json &name : *found) {
    if (!name.is_string())
      invalid(where, std::string("\"") + key + "\" must be an array of names");
    insert(name.get<std::string>());
  }
}

} // namespace

bool CallCondition::holds(long long constant) const {
  constant &= mask;
  switch (test) {
  case Test::Zero:
    return constant == 0;
  case Test::NonZero:
    return constant != 0;
  case Test::Equals:
    return constant == value;
  }
  return false;
}

void TeardownKnowledge::add(const std::string &text) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error &e) {
    invalid("not valid JSON", e.what());
  }
  allowOnly(root, "the file", {"$comment", "stringInitializers", "stringModifiers", "unrelatedCalls",
                               "messages", "resources", "order"});
  addNames(root, "stringInitializers", "the file",
           [&](const std::string &name) { stringInitializers_.insert(name); });
  addNames(root, "stringModifiers", "the file",
           [&](const std::string &name) { stringModifiers_.insert(name); });
  addNames(root, "unrelatedCalls", "the file",
           [&](const std::string &name) { unrelatedCalls_.push_back(name); });
  if (auto messages = root.find("messages"); messages != root.end()) {
    if (!messages->is_object())
      invalid("\"messages\"", "expected an object of rule id to message");
    for (const auto &[rule, message] : messages->items()) {
      if (!message.is_string())
        invalid("\"messages\"", "the message for '" + rule + "' must be a string");
      messages_.emplace_back(rule, message.get<std::string>());
    }
  }
  if (auto resources = root.find("resources"); resources != root.end()) {
    if (!resources->is_array())
      invalid("\"resources\"", "expected an array");
    for (size_t i = 0; i < resources->size(); ++i) {
      ResourceKind kind = parseResource((*resources)[i], "resources[" + std::to_string(i) + "]");
      auto same = std::find_if(resources_.begin(), resources_.end(),
                               [&](const ResourceKind &known) { return known.id == kind.id; });
      if (same != resources_.end())
        *same = std::move(kind);
      else
        resources_.push_back(std::move(kind));
    }
  }
  if (auto order = root.find("order"); order != root.end()) {
    if (!order->is_array())
      invalid("\"order\"", "expected an array");
    for (size_t i = 0; i < order->size(); ++i) {
      const std::string at = "order[" + std::to_string(i) + "]";
      const json &node = (*order)[i];
      allowOnly(node, at, {"first", "then", "message", "tie"});
      OrderConstraint constraint{stringField(node, "first", at), stringField(node, "then", at),
                                 stringField(node, "message", at), std::nullopt, std::nullopt};
      if (node.contains("tie")) {
        const json &tie = node.at("tie");
        allowOnly(tie, at + ".tie", {"first", "then"});
        if (!tie.contains("first"))
          invalid(at + ".tie", "a tie needs \"first\"");
        constraint.tieFirst = parseIdentity(tie.at("first"), at + ".tie.first");
        if (tie.contains("then"))
          constraint.tieThen = parseIdentity(tie.at("then"), at + ".tie.then");
      }
      order_.push_back(std::move(constraint));
    }
  }
  // A replaced resource takes its calls with it.
  knownCalls_.clear();
  for (const ResourceKind &kind : resources_)
    for (const auto *calls : {&kind.acquire, &kind.release})
      for (const ResourceCall &call : *calls)
        knownCalls_.insert(call.call);
  for (const OrderConstraint &constraint : order_)
    for (const std::string *id : {&constraint.first, &constraint.then})
      if (!resource(*id))
        invalid("\"order\"", "unknown resource id '" + *id + "'");
}

const ResourceKind *TeardownKnowledge::resource(const std::string &id) const {
  for (const ResourceKind &kind : resources_)
    if (kind.id == id)
      return &kind;
  return nullptr;
}

std::string TeardownKnowledge::messageFor(const ResourceKind &kind) const {
  if (!kind.message.empty())
    return kind.message;
  for (auto it = messages_.rbegin(); it != messages_.rend(); ++it)
    if (it->first == kind.rule)
      return it->second;
  return "{acquire} {what} '{name}' is never {unreleased}: call {undo} in '{unload}'";
}

bool TeardownKnowledge::isKnownCall(const std::string &name) const {
  return knownCalls_.count(name) != 0;
}

bool TeardownKnowledge::isUnrelatedCall(const std::string &name) const {
  for (const std::string &pattern : unrelatedCalls_) {
    if (!pattern.empty() && pattern.back() == '*') {
      if (name.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0)
        return true;
    } else if (name == pattern) {
      return true;
    }
  }
  return false;
}

} // namespace unloadcheck
