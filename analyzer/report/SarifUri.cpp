#include "report/SarifUri.h"

#include "report/Paths.h"

#include <cctype>

namespace unloadcheck {
namespace {

bool isUnreserved(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

bool hasDriveLetter(const std::string &path) {
  return path.size() >= 2 && std::isalpha(static_cast<unsigned char>(path[0])) && path[1] == ':';
}

} // namespace

std::string percentEncodePath(const std::string &path) {
  static const char hex[] = "0123456789ABCDEF";
  std::string encoded;
  encoded.reserve(path.size());
  for (char ch : path) {
    unsigned char c = static_cast<unsigned char>(ch == '\\' ? '/' : ch);
    if (isUnreserved(c) || c == '/') {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 0xF];
    }
  }
  return encoded;
}

std::string fileUri(const std::string &absolutePath) {
  // A drive letter's colon is part of the path in a file URI
  // (file:///C:/...), not a character to escape.
  if (hasDriveLetter(absolutePath))
    return "file:///" + absolutePath.substr(0, 2) + percentEncodePath(absolutePath.substr(2));
  return "file://" + percentEncodePath(absolutePath);
}

std::string directoryUri(const std::string &absoluteDir) {
  std::string uri = fileUri(absoluteDir);
  if (uri.back() != '/')
    uri += '/';
  return uri;
}

ArtifactUri artifactUri(const std::string &file, const std::string &sourceRoot) {
  if (std::optional<std::string> relative = pathUnder(file, sourceRoot))
    return {percentEncodePath(*relative), true};
  return {fileUri(file), false};
}

} // namespace unloadcheck
