#include "engine/RuleMetadata.h"

#include "engine/EmbeddedFiles.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace unloadcheck {

const RuleCatalogue &RuleCatalogue::builtin() {
  static const RuleCatalogue catalogue = [] {
    const std::string_view *rules = findEmbeddedFile("rules/rules.json");
    if (!rules)
      throw std::runtime_error("rules/rules.json is not built into this binary");
    std::vector<std::pair<std::string, std::string>> pages;
    for (const EmbeddedFile &file : embeddedFiles())
      pages.emplace_back(std::string(file.path), std::string(file.content));
    return parse(std::string(*rules), pages);
  }();
  return catalogue;
}

RuleCatalogue RuleCatalogue::parse(const std::string &rulesJson,
                                   const std::vector<std::pair<std::string, std::string>> &docPages) {
  RuleCatalogue catalogue;
  try {
    nlohmann::json root = nlohmann::json::parse(rulesJson);
    for (const nlohmann::json &rule : root.at("rules")) {
      RuleMetadata meta;
      meta.id = rule.at("id").get<std::string>();
      meta.number = rule.at("number").get<int>();
      meta.name = rule.at("name").get<std::string>();
      meta.category = rule.at("category").get<std::string>();
      if (!parseLevel(rule.at("level").get<std::string>(), meta.level))
        throw std::runtime_error("rule '" + meta.id + "' has an unknown level");
      const nlohmann::json variants = rule.value("variants", nlohmann::json::object());
      for (const auto &[variant, level] : variants.items())
        if (!parseLevel(level.get<std::string>(), meta.variantLevels[variant]))
          throw std::runtime_error("rule '" + meta.id + "' variant '" + variant + "' has an unknown level");
      meta.precision = rule.at("precision").get<std::string>();
      meta.tags = rule.at("tags").get<std::vector<std::string>>();
      meta.shortDescription = rule.at("shortDescription").get<std::string>();
      meta.fullDescription = rule.at("fullDescription").get<std::string>();
      meta.primaryLocation = rule.at("primaryLocation").get<std::string>();
      meta.sources = rule.at("sources").get<std::vector<std::string>>();
      const std::string page = "rules/" + meta.id + "/" + meta.id + ".md";
      for (const auto &[path, content] : docPages)
        if (path == page)
          meta.documentation = content;
      if (meta.documentation.empty())
        throw std::runtime_error("rule '" + meta.id + "' has no documentation page " + page);
      catalogue.rules_.push_back(std::move(meta));
    }
  } catch (const nlohmann::json::exception &e) {
    throw std::runtime_error(std::string("invalid rule catalogue: ") + e.what());
  }
  return catalogue;
}

const RuleMetadata *RuleCatalogue::find(const std::string &id) const {
  for (const RuleMetadata &rule : rules_)
    if (rule.id == id)
      return &rule;
  return nullptr;
}

} // namespace unloadcheck
