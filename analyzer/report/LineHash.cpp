#include "report/LineHash.h"

#include <cstdint>
#include <cstdio>

namespace unloadcheck {
namespace {

bool isSpace(char c) {
  return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == '\n';
}

std::string normaliseWhitespace(const std::string &line) {
  std::string text;
  bool pendingSpace = false;
  for (char c : line) {
    if (isSpace(c)) {
      pendingSpace = !text.empty();
      continue;
    }
    if (pendingSpace)
      text += ' ';
    pendingSpace = false;
    text += c;
  }
  return text;
}

// Spelled out rather than std::hash, whose values differ between standard
// libraries: fingerprints must match across machines and releases.
std::uint64_t fnv1a(const std::string &data, std::uint64_t hash = 0xcbf29ce484222325ull) {
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 0x100000001b3ull;
  }
  return hash;
}

} // namespace

std::string lineHash(const std::string &ruleId, const std::string *line) {
  std::uint64_t hash = fnv1a(ruleId);
  hash = fnv1a(std::string(1, '\0'), hash); // "ab"+"c" must not hash as "a"+"bc"
  hash = fnv1a(line ? normaliseWhitespace(*line) : std::string(), hash);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

std::string LineHasher::next(const std::string &ruleId, const SourcePos &pos) {
  std::string hash = lineHash(ruleId, sources_.line(pos.file, pos.line));
  unsigned count = ++seen_[{pos.file, hash}];
  return hash + ":" + std::to_string(count);
}

} // namespace unloadcheck
