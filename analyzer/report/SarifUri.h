// SARIF artifact URIs as GitHub code scanning wants them: files under the
// source root relative to "%SRCROOT%", so that the log does not depend on
// where the checkout was; anything else as an absolute file URI.
#pragma once

#include <string>

namespace unloadcheck {

// RFC 3986 percent-encoding of a path: every byte but the unreserved
// characters (A-Z a-z 0-9 - . _ ~) and '/' becomes %XX. Backslashes are
// turned into '/' first.
std::string percentEncodePath(const std::string &path);

// "file:///abs/path" for an absolute path; "C:\src\a.c" gives
// "file:///C:/src/a.c".
std::string fileUri(const std::string &absolutePath);

// The root's file URI with the trailing '/' that relative references are
// resolved against.
std::string directoryUri(const std::string &absoluteDir);

struct ArtifactUri {
  std::string uri;
  bool underRoot = false; // then `uri` is relative to %SRCROOT%
};

// `file`'s URI relative to `sourceRoot` when it lies under it, else its
// absolute file URI. An empty root puts nothing under it.
ArtifactUri artifactUri(const std::string &file, const std::string &sourceRoot);

} // namespace unloadcheck
