// The SARIF 2.1.0 log that CI uploads to GitHub code scanning. Output is a
// pure function of the input: the same findings give the same bytes, so
// logs can be diffed, cached and compared in tests.
#pragma once

#include "engine/Finding.h"
#include "engine/RuleMetadata.h"
#include "report/SourceLines.h"

#include <string>
#include <vector>

namespace unloadcheck {

struct SarifRunInfo {
  std::string toolVersion;    // semantic version, "0.1.0"
  std::string informationUri; // omitted when empty
  // The enabled rules in catalogue order; a result's ruleIndex points here.
  std::vector<const RuleMetadata *> rules;
  // Absolute; files under it get URIs relative to %SRCROOT%. Empty: every
  // URI is absolute.
  std::string sourceRoot;
  // GitHub's analysis category ("unloadcheck/", "unloadcheck/x64-release/"):
  // uploads with different ids do not close each other's alerts. Omitted
  // when empty.
  std::string automationId = "unloadcheck/";
  std::vector<Notification> notifications;
  std::vector<std::string> artifacts; // the analysed files, absolute
  bool executionSuccessful = true;
};

// The complete log, 2-space indented, ending in a newline. Results are
// sorted (Finding::operator<) and notifications sorted and deduplicated, so
// the order the analysis produced them in does not matter. Columns are
// converted from clang's bytes to UTF-16 code units (SARIF's default
// columnKind) where the line can be read. Throws std::invalid_argument when
// a finding's rule is not in `run.rules`.
std::string renderSarif(const std::vector<Finding> &findings, const SarifRunInfo &run);

// The same, reading source lines (for fingerprints and columns) through
// `sources`, shared with the text reporter or filled in by a test.
std::string renderSarif(const std::vector<Finding> &findings, const SarifRunInfo &run,
                        SourceLines &sources);

} // namespace unloadcheck
