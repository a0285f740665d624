#include "report/SarifReporter.h"

#include "report/LineHash.h"
#include "report/MarkdownText.h"
#include "report/SarifUri.h"
#include "report/TextOffsets.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <stdexcept>

namespace unloadcheck {
namespace {

using Json = nlohmann::ordered_json;

const char *const SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
const char *const SrcRoot = "%SRCROOT%";

// GitHub's problem.severity has no "note": its lowest level is called
// "recommendation".
const char *problemSeverity(Level level) {
  switch (level) {
  case Level::Note:
    return "recommendation";
  case Level::Warning:
    return "warning";
  case Level::Error:
    return "error";
  }
  return "warning";
}

// Clang counts bytes; SARIF counts UTF-16 code units unless told otherwise.
// Past the end of the line (or without the line) every byte counts as one.
unsigned utf16Column(const std::string *line, unsigned byteColumn) {
  if (!line || byteColumn <= 1)
    return byteColumn;
  size_t bytes = byteColumn - 1;
  unsigned units = 0;
  for (size_t i = 0; i < bytes; ++i) {
    if (i >= line->size()) {
      ++units;
      continue;
    }
    unsigned char c = static_cast<unsigned char>((*line)[i]);
    if ((c & 0xC0) == 0x80)
      continue;                 // continuation byte: counted with its lead
    units += c >= 0xF0 ? 2 : 1; // four-byte sequences need a surrogate pair
  }
  return units + 1;
}

class LogBuilder {
public:
  LogBuilder(const SarifRunInfo &run, SourceLines &sources)
      : run_(run), sources_(sources), hasher_(sources) {
    for (size_t i = 0; i < run.rules.size(); ++i)
      ruleIndex_.emplace(run.rules[i]->id, static_cast<int>(i));
  }

  Json log(const std::vector<Finding> &findings) {
    Json log;
    log["$schema"] = SchemaUri;
    log["version"] = "2.1.0";
    log["runs"] = Json::array({runObject(findings)});
    return log;
  }

private:
  Json runObject(const std::vector<Finding> &findings) {
    Json run;
    run["tool"] = {{"driver", driver()}};
    if (!run_.automationId.empty())
      run["automationDetails"] = {{"id", run_.automationId}};
    if (!run_.sourceRoot.empty())
      run["originalUriBaseIds"] = {{SrcRoot, {{"uri", directoryUri(run_.sourceRoot)}}}};
    run["invocations"] = Json::array({invocation()});
    if (!run_.artifacts.empty())
      run["artifacts"] = artifacts();
    run["columnKind"] = "utf16CodeUnits";
    run["results"] = results(findings);
    return run;
  }

  Json driver() const {
    Json driver;
    driver["name"] = "unloadcheck";
    if (!run_.informationUri.empty())
      driver["informationUri"] = run_.informationUri;
    driver["semanticVersion"] = run_.toolVersion;
    driver["version"] = run_.toolVersion;
    Json rules = Json::array();
    for (const RuleMetadata *rule : run_.rules)
      rules.push_back(ruleDescriptor(*rule));
    driver["rules"] = std::move(rules);
    return driver;
  }

  static Json ruleDescriptor(const RuleMetadata &rule) {
    // Without a page, the full description is the best help there is.
    const std::string &page = rule.documentation.empty() ? rule.fullDescription : rule.documentation;
    Json properties;
    properties["tags"] = rule.tags;
    if (!rule.precision.empty())
      properties["precision"] = rule.precision;
    properties["problem.severity"] = problemSeverity(rule.level);

    Json descriptor;
    descriptor["id"] = rule.id;
    descriptor["name"] = rule.name;
    descriptor["shortDescription"] = {{"text", rule.shortDescription}};
    descriptor["fullDescription"] = {{"text", rule.fullDescription}};
    descriptor["defaultConfiguration"] = {{"level", levelName(rule.level)}};
    descriptor["help"] = {{"text", markdownToText(page)}, {"markdown", page}};
    descriptor["properties"] = std::move(properties);
    return descriptor;
  }

  Json invocation() const {
    std::vector<Notification> notifications = run_.notifications;
    std::sort(notifications.begin(), notifications.end());
    notifications.erase(std::unique(notifications.begin(), notifications.end()),
                        notifications.end());

    Json list = Json::array();
    for (const Notification &notification : notifications) {
      Json entry;
      entry["level"] = levelName(notification.level);
      entry["message"] = {{"text", notification.message}};
      if (notification.pos.valid())
        entry["locations"] = Json::array({{{"physicalLocation", physicalLocation(notification.pos)}}});
      if (!notification.ruleId.empty()) {
        Json rule = {{"id", notification.ruleId}};
        auto found = ruleIndex_.find(notification.ruleId);
        if (found != ruleIndex_.end())
          rule["index"] = found->second;
        entry["associatedRule"] = std::move(rule);
      }
      list.push_back(std::move(entry));
    }
    Json invocation;
    invocation["executionSuccessful"] = run_.executionSuccessful;
    invocation["toolExecutionNotifications"] = std::move(list);
    return invocation;
  }

  Json artifacts() const {
    std::vector<std::string> files = run_.artifacts;
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    Json list = Json::array();
    for (const std::string &file : files)
      list.push_back({{"location", artifactLocation(file)}, {"roles", Json::array({"analysisTarget"})}});
    return list;
  }

  Json results(const std::vector<Finding> &findings) {
    std::vector<const Finding *> ordered;
    for (const Finding &finding : findings)
      ordered.push_back(&finding);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Finding *a, const Finding *b) { return *a < *b; });

    Json list = Json::array();
    for (const Finding *finding : ordered)
      list.push_back(result(*finding));
    return list;
  }

  Json result(const Finding &finding) {
    auto index = ruleIndex_.find(finding.ruleId);
    if (index == ruleIndex_.end())
      throw std::invalid_argument("SARIF: finding of rule '" + finding.ruleId +
                                  "', which is not among the run's rules");
    Json result;
    result["ruleId"] = finding.ruleId;
    result["ruleIndex"] = index->second;
    result["level"] = levelName(finding.level);
    result["message"] = {{"text", finding.message}};
    result["locations"] = Json::array({{{"physicalLocation", physicalLocation(finding.pos)}}});
    if (!finding.related.empty()) {
      Json related = Json::array();
      int id = 0;
      for (const RelatedLocation &location : finding.related) {
        Json entry;
        entry["id"] = ++id;
        entry["physicalLocation"] = physicalLocation(location.pos);
        entry["message"] = {{"text", location.message}};
        related.push_back(std::move(entry));
      }
      result["relatedLocations"] = std::move(related);
    }
    if (!finding.flow.empty()) {
      Json steps = Json::array();
      for (const RelatedLocation &step : finding.flow)
        steps.push_back({{"location",
                          {{"physicalLocation", physicalLocation(step.pos)}, {"message", {{"text", step.message}}}}}});
      result["codeFlows"] = Json::array({{{"threadFlows", Json::array({{{"locations", std::move(steps)}}})}}});
    }
    if (finding.fix)
      result["fixes"] = Json::array({fix(*finding.fix)});
    result["partialFingerprints"] = {
        {"primaryLocationLineHash", hasher_.next(finding.ruleId, finding.pos)}};
    if (finding.suppressed)
      result["suppressions"] = Json::array({{{"kind", "inSource"}}});
    return result;
  }

  // One artifactChange per file, in the order the edits name them.
  Json fix(const Fix &fix) {
    std::vector<std::string> files;
    for (const TextEdit &edit : fix.edits)
      if (std::find(files.begin(), files.end(), edit.pos.file) == files.end())
        files.push_back(edit.pos.file);
    Json changes = Json::array();
    for (const std::string &file : files) {
      Json replacements = Json::array();
      for (const TextEdit &edit : fix.edits)
        if (edit.pos.file == file)
          replacements.push_back({{"deletedRegion", deletedRegion(edit)}, {"insertedContent", {{"text", edit.text}}}});
      changes.push_back({{"artifactLocation", artifactLocation(file)}, {"replacements", std::move(replacements)}});
    }
    return {{"description", {{"text", fix.description}}}, {"artifactChanges", std::move(changes)}};
  }

  // The bytes an edit removes; an insertion is the empty region where it
  // goes (end = start).
  Json deletedRegion(const TextEdit &edit) {
    LineColumn end{edit.pos.line, edit.pos.column + edit.length};
    if (edit.length != 0)
      if (const std::string *content = sources_.content(edit.pos.file))
        if (auto offset = byteOffset(*content, edit.pos.line, edit.pos.column))
          end = lineColumnAt(*content, std::min(content->size(), *offset + edit.length));
    return {{"startLine", edit.pos.line},
            {"startColumn", utf16Column(sources_.line(edit.pos.file, edit.pos.line), edit.pos.column)},
            {"endLine", end.line},
            {"endColumn", utf16Column(sources_.line(edit.pos.file, end.line), end.column)}};
  }

  Json artifactLocation(const std::string &file) const {
    ArtifactUri uri = artifactUri(file, run_.sourceRoot);
    Json location = {{"uri", uri.uri}};
    if (uri.underRoot)
      location["uriBaseId"] = SrcRoot;
    return location;
  }

  Json physicalLocation(const SourcePos &pos) const {
    Json location;
    location["artifactLocation"] = artifactLocation(pos.file);
    if (pos.line != 0) {
      Json region = {{"startLine", pos.line}};
      if (pos.column != 0)
        region["startColumn"] = utf16Column(sources_.line(pos.file, pos.line), pos.column);
      location["region"] = std::move(region);
    }
    return location;
  }

  const SarifRunInfo &run_;
  SourceLines &sources_;
  LineHasher hasher_;
  std::map<std::string, int> ruleIndex_;
};

} // namespace

std::string renderSarif(const std::vector<Finding> &findings, const SarifRunInfo &run,
                        SourceLines &sources) {
  Json log = LogBuilder(run, sources).log(findings);
  // Messages quote identifiers and paths, which need not be valid UTF-8:
  // replace bad bytes rather than throw away the whole log.
  return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string renderSarif(const std::vector<Finding> &findings, const SarifRunInfo &run) {
  SourceLines sources;
  return renderSarif(findings, run, sources);
}

} // namespace unloadcheck
