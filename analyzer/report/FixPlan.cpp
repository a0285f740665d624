#include "report/FixPlan.h"

#include "report/AtomicFile.h"
#include "report/TextOffsets.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>

namespace unloadcheck {
namespace {

namespace fs = std::filesystem;

bool overlap(const ByteEdit &a, const ByteEdit &b) {
  return a.file == b.file &&
         (a.offset == b.offset || (a.offset < b.offset + b.length && b.offset < a.offset + a.length));
}

std::string where(const Finding &finding) {
  return finding.pos.file + ":" + std::to_string(finding.pos.line) + " [" + finding.ruleId + "]";
}

// The fix's edits as byte ranges, or the reason it cannot be applied.
std::optional<std::vector<ByteEdit>> resolve(const Fix &fix,
                                             const std::function<bool(const std::string &)> &editable,
                                             SourceLines &sources, std::string &reason) {
  std::vector<ByteEdit> resolved;
  for (const TextEdit &edit : fix.edits) {
    if (!editable(edit.pos.file)) {
      reason = "'" + edit.pos.file + "' is not among the files given (give its directory to have it edited)";
      return std::nullopt;
    }
    const std::string *content = sources.content(edit.pos.file);
    if (!content) {
      reason = "'" + edit.pos.file + "' cannot be read";
      return std::nullopt;
    }
    std::optional<size_t> offset = byteOffset(*content, edit.pos.line, edit.pos.column);
    if (!offset || *offset + edit.length > content->size()) {
      reason = "'" + edit.pos.file + "' has changed since it was analysed";
      return std::nullopt;
    }
    resolved.push_back({edit.pos.file, *offset, edit.length, edit.text});
  }
  return resolved;
}

} // namespace

FixPlan planFixes(const std::vector<Finding> &findings,
                  const std::function<bool(const std::string &)> &editable, SourceLines &sources) {
  FixPlan plan;
  plan.edits.resize(findings.size());
  std::vector<ByteEdit> taken;
  std::map<std::string, unsigned> findingsPerFile;
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding &finding = findings[i];
    if (!finding.fix || finding.fix->edits.empty())
      continue;
    std::string reason;
    std::optional<std::vector<ByteEdit>> edits = resolve(*finding.fix, editable, sources, reason);
    if (edits) {
      for (size_t a = 0; a < edits->size() && reason.empty(); ++a) {
        for (size_t b = 0; b < a && reason.empty(); ++b)
          if (overlap((*edits)[a], (*edits)[b]))
            reason = "its edits overlap each other";
        if (std::any_of(taken.begin(), taken.end(), [&](const ByteEdit &t) { return overlap(t, (*edits)[a]); }))
          reason = "it overlaps the fix of another finding; run --fix again";
      }
    }
    if (!reason.empty()) {
      plan.skipped.push_back("the fix for " + where(finding) + " was not applied: " + reason);
      continue;
    }
    std::vector<std::string> files;
    for (const ByteEdit &edit : *edits) {
      taken.push_back(edit);
      if (std::find(files.begin(), files.end(), edit.file) == files.end())
        files.push_back(edit.file);
    }
    for (const std::string &file : files)
      ++findingsPerFile[file];
    plan.edits[i] = std::move(*edits);
  }

  // Back to front, so that each edit's offset still means the old text.
  std::stable_sort(taken.begin(), taken.end(),
                   [](const ByteEdit &a, const ByteEdit &b) { return a.offset > b.offset; });
  for (const auto &[path, count] : findingsPerFile) {
    FixedFile fixed{path, *sources.content(path), count};
    for (const ByteEdit &edit : taken)
      if (edit.file == path)
        fixed.content.replace(edit.offset, edit.length, edit.text);
    plan.files.push_back(std::move(fixed));
  }
  return plan;
}

bool writeFixedFile(const FixedFile &file, std::string &error) {
  std::error_code ec;
  fs::path target = fs::canonical(file.path, ec);
  if (ec)
    target = file.path;
  fs::perms permissions = fs::status(target, ec).permissions();
  if (!writeFileAtomically(target.string(), file.content, error))
    return false;
  if (permissions != fs::perms::unknown)
    fs::permissions(target, permissions, ec);
  return true;
}

} // namespace unloadcheck
