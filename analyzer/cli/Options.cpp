#include "cli/Options.h"

#include <cstdlib>

namespace unloadcheck {

const char *usageText() {
  return R"(USAGE: unloadcheck [options] <source file or directory>... [-- <compiler arguments>]

Checks that a Windows kernel-mode driver unloads correctly: its routines are
declared with their role types, its Unload routine is wired up, everything it
registers is undone before it unloads, in the right order, and no timer, DPC,
thread or work item is left to run after its code is gone. All the files
given form ONE driver: DriverEntry may be in one file and its Unload routine
in another. A directory stands for every .c/.cpp/.cc/.cxx file below it.

Compiler arguments:
  Without a compilation database, each file is parsed with the embedded
  default: a Windows x64 kernel-mode target, mingw-w64's DDK headers and the
  compatibility headers built into unloadcheck. Includes are looked up
  case-insensitively; a header that cannot be found is reported once and the
  rules stay silent where its declarations would have mattered.

  -p <dir>              Read compile_commands.json from <dir> (cl.exe-style
                        commands work too). Without -p, the nearest
                        compile_commands.json above each source is used when
                        it has an entry for that file.
  -- <args>             Add compiler arguments, e.g. -- -DDBG=1 -Iinc

Knowledge:
  --knowledge=<file>    Add register/release pairs of your own: JSON in the
                        format of the built-in rules/knowledge/teardown.json,
                        described in rules/knowledge/README.md. May be given
                        more than once. A .unloadcheck.json in a source's
                        directory or its nearest parent is read the same way.
  --no-project-knowledge  Do not read .unloadcheck.json.

Rules and results:
  --checks=<globs>      Rules to run, clang-tidy style: 'driver-*,-driver-routine-naming'.
                        A pattern that matches no rule is an error.
  --fail-on=<level>     Exit 1 when there is a finding at or above <level>:
                        note, warning (default), error, or never.
  --sarif=<file>        Also write the findings as SARIF 2.1.0 (GitHub code
                        scanning). The file is written whole or not at all.
  --source-root=<dir>   SARIF URIs are relative to <dir> (%SRCROOT%); default:
                        the current directory.
  --sarif-category=<id> SARIF automationDetails.id (default 'unloadcheck/').
  --include-suppressed  Also write the findings that NOLINT comments silence
                        to the SARIF file, each with a "suppressions" entry
                        (code scanning then shows them as dismissed).
  -j <n>                Parse <n> files at a time (default: one per core).
  --quiet               Do not print the summary line or notes on stderr.

Fixes (driver-role-type, driver-use-decl-annotations, driver-dispatch-type):
  --fix                 Apply the fixes of the findings reported to the source
                        files, each file rewritten whole or not at all, and say
                        "unloadcheck: fixed N findings in FILE" on stderr. Only
                        the files given, or below a directory given, are
                        edited; a fix that overlaps one already applied is left
                        for the next run. Findings are still printed; those
                        whose fix was applied no longer count for --fail-on.
  --export-fixes=<file> Write the findings and their fixes as the YAML of
                        clang-tidy --export-fixes, for clang-apply-replacements.

Information:
  --list-rules          List the rules (add --format=markdown for a table).
  --explain <rule-id>   Print a rule's documentation.
  --print-default-args[=<dir>]
                        Print the compiler arguments of the embedded default,
                        one per line (a compile_flags.txt for clangd and
                        editors), after writing the compatibility headers to
                        <dir> (default: ~/.cache/unloadcheck/<version>/include).
  --version             Print the version.
  --help                Print this help.

Suppressions, as in clang-tidy: a comment `// NOLINT` silences the findings on
its line, `// NOLINTNEXTLINE` those on the next line, `// NOLINTBEGIN` ...
`// NOLINTEND` those on the lines between; `NOLINT(driver-irql, driver-unload-*)`
names the rules (globs). Findings are matched by their primary location.

In the editor: every rule is also a clang-tidy check of the same name, in the
plugin libunloadcheck-tidy-module.so (clang-tidy-19 --load=<it>) and in the
unloadcheck-tidy executable; see the README's "In the editor" for set-up.

Output: findings go to stdout, clang style:
  file:line:col: warning: message [rule-id]
followed by notes for related locations. Notes about what the analysis could
not see, and the summary, go to stderr.

Exit status: 0 no finding at or above --fail-on (with --fix: none whose fix
was not applied); 1 there is one; 2 usage or input error (a file that does not
exist, an unreadable compilation database, an unknown rule in --checks, an
output or fixed file that cannot be written).
)";
}

namespace {

// Accepts "--name=value" and "--name value"; advances `i` past the value.
bool takeValue(const std::string &name, int argc, const char *const *argv, int &i,
               std::string &value, std::string &error) {
  std::string arg = argv[i];
  if (arg.size() > name.size() && arg.compare(0, name.size(), name) == 0 && arg[name.size()] == '=') {
    value = arg.substr(name.size() + 1);
    return true;
  }
  if (arg == name) {
    if (i + 1 >= argc) {
      error = name + " needs a value";
      return false;
    }
    value = argv[++i];
    return true;
  }
  return false;
}

} // namespace

bool parseOptions(int argc, const char *const *argv, Options &options, std::string &error) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    std::string value;
    if (arg == "--") {
      for (++i; i < argc; ++i)
        options.extraArguments.push_back(argv[i]);
      break;
    }
    if (arg == "-h" || arg == "--help") {
      options.help = true;
    } else if (arg == "--version") {
      options.version = true;
    } else if (arg == "--list-rules") {
      options.listRules = true;
    } else if (arg == "--print-default-args") {
      options.printDefaultArgs = true;
    } else if (arg.rfind("--print-default-args=", 0) == 0) {
      options.printDefaultArgs = true;
      options.compatDirectory = arg.substr(std::string("--print-default-args=").size());
    } else if (arg == "--quiet") {
      options.quiet = true;
    } else if (arg == "--include-suppressed") {
      options.includeSuppressed = true;
    } else if (arg == "--fix") {
      options.fix = true;
    } else if (takeValue("--export-fixes", argc, argv, i, value, error)) {
      options.exportFixesFile = value;
    } else if (takeValue("--format", argc, argv, i, value, error)) {
      if (value != "text" && value != "markdown") {
        error = "--format must be text or markdown, not '" + value + "'";
        return false;
      }
      options.listFormat = value;
    } else if (arg == "--no-project-knowledge") {
      options.projectKnowledge = false;
    } else if (takeValue("--knowledge", argc, argv, i, value, error)) {
      options.knowledgeFiles.push_back(value);
    } else if (takeValue("--explain", argc, argv, i, value, error)) {
      options.explain = value;
    } else if (takeValue("--sarif", argc, argv, i, value, error)) {
      options.sarifFile = value;
    } else if (takeValue("--checks", argc, argv, i, value, error)) {
      options.checks = value;
      options.checksGiven = true;
    } else if (takeValue("--source-root", argc, argv, i, value, error)) {
      options.sourceRoot = value;
    } else if (takeValue("--sarif-category", argc, argv, i, value, error)) {
      options.automationId = value;
    } else if (takeValue("--fail-on", argc, argv, i, value, error)) {
      Level level;
      if (value == "never") {
        options.failOn.reset();
      } else if (parseLevel(value, level)) {
        options.failOn = level;
      } else {
        error = "--fail-on must be note, warning, error or never, not '" + value + "'";
        return false;
      }
    } else if (arg.rfind("-p", 0) == 0 && arg.rfind("--", 0) != 0) {
      if (arg.size() > 2)
        options.compileCommandsDir = arg.substr(arg[2] == '=' ? 3 : 2);
      else if (i + 1 < argc)
        options.compileCommandsDir = argv[++i];
      else {
        error = "-p needs a directory";
        return false;
      }
    } else if (arg.rfind("-j", 0) == 0) {
      std::string count = arg.size() > 2 ? arg.substr(2) : (i + 1 < argc ? argv[++i] : "");
      char *end = nullptr;
      long jobs = std::strtol(count.c_str(), &end, 10);
      if (count.empty() || *end != '\0' || jobs < 1 || jobs > 256) {
        error = "-j needs a number of jobs from 1 to 256";
        return false;
      }
      options.jobs = static_cast<unsigned>(jobs);
    } else if (!error.empty()) {
      return false;
    } else if (arg.size() > 1 && arg[0] == '-') {
      error = "unknown option '" + arg + "' (see --help)";
      return false;
    } else {
      options.inputs.push_back(arg);
    }
    if (!error.empty())
      return false;
  }
  return true;
}

} // namespace unloadcheck
