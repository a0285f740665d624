#include "frontend/CompileCommands.h"

#include "engine/EmbeddedFiles.h"
#include "frontend/TranslationUnit.h"
#include "support/ReplaceAll.h"

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace unloadcheck {

namespace {

std::string resolvePlaceholders(std::string argument, const std::string &compatDir) {
  replaceAll(argument, "@COMPAT@", compatDir);
  replaceAll(argument, "@MINGW@", UNLOADCHECK_MINGW_INCLUDE_DIR);
  replaceAll(argument, "@RESOURCE_DIR@", UNLOADCHECK_CLANG_RESOURCE_DIR);
  return argument;
}

bool isClMode(const std::vector<std::string> &commandLine) {
  for (const std::string &arg : commandLine)
    if (arg == "--driver-mode=cl")
      return true;
  return false;
}

bool hasTarget(const std::vector<std::string> &commandLine) {
  for (const std::string &arg : commandLine)
    if (arg.starts_with("--target=") || arg == "-target" || arg.starts_with("/clang:--target="))
      return true;
  return false;
}

// "NAME" of "-DNAME=value" or "/DNAME"; empty for any other argument.
std::string definedMacro(const std::string &arg) {
  if (!arg.starts_with("-D") && !arg.starts_with("/D"))
    return "";
  return arg.substr(2, arg.find('=') - 2); // npos - 2 still reads to the end
}

// The project's own -DNAME / /DNAME wins over the default's -DNAME=value.
bool definedByDatabase(const std::vector<std::string> &commandLine, const std::string &defaultArg) {
  const std::string name = definedMacro(defaultArg);
  return !name.empty() && std::any_of(commandLine.begin(), commandLine.end(),
                                      [&](const std::string &arg) { return definedMacro(arg) == name; });
}

} // namespace

std::vector<std::string> embeddedDefaultArguments(const std::string &compatDir) {
  std::vector<std::string> arguments;
  const std::string_view *text = findEmbeddedFile("analyzer/wdk-compat/default-args.txt");
  if (!text)
    return arguments;
  std::istringstream lines{std::string(*text)};
  for (std::string line; std::getline(lines, line);) {
    size_t begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos || line[begin] == '#')
      continue;
    size_t end = line.find_last_not_of(" \t\r");
    arguments.push_back(resolvePlaceholders(line.substr(begin, end - begin + 1), compatDir));
  }
  return arguments;
}

CompileCommands::CompileCommands(std::unique_ptr<clang::tooling::CompilationDatabase> database)
    : database_(std::move(database)), defaults_(embeddedDefaultArguments()) {}
CompileCommands::~CompileCommands() = default;

std::unique_ptr<CompileCommands> CompileCommands::fromDirectory(const std::string &directory,
                                                                std::string &error) {
  llvm::SmallString<256> path(directory);
  llvm::sys::path::append(path, "compile_commands.json");
  if (!llvm::sys::fs::exists(path)) {
    error = "'" + std::string(path) + "': no such file";
    return nullptr;
  }
  // LLVM's loader prints its own multi-line YAML diagnostics: check the
  // JSON first, so the user gets one line naming the file and the problem.
  {
    std::ifstream in{std::string(path)};
    std::string problem;
    try {
      nlohmann::json parsed = nlohmann::json::parse(in);
      if (!parsed.is_array())
        problem = "not a JSON array of compile commands";
    } catch (const nlohmann::json::exception &e) {
      problem = std::string("not valid JSON: ") + e.what();
    }
    if (!problem.empty()) {
      error = "'" + std::string(path) + "': " + problem;
      return nullptr;
    }
  }
  std::string loadError;
  auto database = clang::tooling::JSONCompilationDatabase::loadFromFile(
      path, loadError, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!database) {
    error = "'" + std::string(path) + "': " + (loadError.empty() ? "cannot be read" : loadError);
    return nullptr;
  }
  return std::unique_ptr<CompileCommands>(new CompileCommands(std::move(database)));
}

std::unique_ptr<CompileCommands> CompileCommands::findFor(const std::string &source) {
  llvm::SmallString<256> directory(source);
  llvm::sys::fs::make_absolute(directory);
  llvm::sys::path::remove_filename(directory);
  for (; !directory.empty(); directory = llvm::sys::path::parent_path(directory)) {
    llvm::SmallString<256> candidate(directory);
    llvm::sys::path::append(candidate, "compile_commands.json");
    if (llvm::sys::fs::exists(candidate)) {
      std::string error;
      return fromDirectory(std::string(directory), error);
    }
    if (llvm::sys::path::parent_path(directory) == directory)
      break;
  }
  return nullptr;
}

std::optional<std::vector<std::string>> CompileCommands::argumentsFor(const std::string &source) const {
  llvm::SmallString<256> absolute(source);
  llvm::sys::fs::make_absolute(absolute);
  std::vector<clang::tooling::CompileCommand> commands = database_->getCompileCommands(absolute);
  if (commands.empty())
    return std::nullopt;
  std::vector<std::string> commandLine = commands.front().CommandLine;
  if (commandLine.empty())
    return std::nullopt;
  clang::tooling::addTargetAndModeForProgramName(commandLine, commandLine.front());
  const std::string &file = commands.front().Filename;
  commandLine = clang::tooling::getClangStripOutputAdjuster()(commandLine, file);
  commandLine = clang::tooling::getClangStripDependencyFileAdjuster()(commandLine, file);
  commandLine = clang::tooling::getStripPluginsAdjuster()(commandLine, file);

  // The database's own arguments minus the program name and the source
  // file, which the front end adds back.
  std::vector<std::string> arguments;
  llvm::SmallString<256> directory(commands.front().Directory);
  for (size_t i = 1; i < commandLine.size(); ++i) {
    const std::string &arg = commandLine[i];
    llvm::SmallString<256> asPath(arg);
    if (!llvm::sys::path::is_absolute(asPath)) {
      asPath = directory;
      llvm::sys::path::append(asPath, arg);
    }
    llvm::sys::path::remove_dots(asPath, true);
    if (asPath == absolute || arg == file || arg == "-c" || arg == "/c")
      continue;
    arguments.push_back(arg);
  }

  // Parse for Windows here: the database's target if it names one, and
  // the shipped headers after its own include paths, so a real WDK wins.
  const bool cl = isClMode(commandLine);
  std::vector<std::string> additions;
  if (!hasTarget(commandLine))
    additions.push_back("--target=x86_64-pc-windows-msvc");
  for (const std::string &arg : defaults_) {
    if (arg.starts_with("--target=") || definedByDatabase(commandLine, arg))
      continue;
    additions.push_back(arg);
  }
  for (size_t i = 0; i < additions.size(); ++i) {
    std::string arg = additions[i];
    // -isystem directories come after every -I of the database, so a real
    // WDK it names wins, and before clang's builtin headers, as mingw-w64's
    // intrinsics need.
    if (arg == "-isystem" && i + 1 < additions.size()) {
      if (cl) {
        arguments.push_back("/clang:-isystem" + additions[++i]);
      } else {
        arguments.push_back(arg);
        arguments.push_back(additions[++i]);
      }
      continue;
    }
    arguments.push_back(cl && !arg.starts_with("--target=") ? "/clang:" + arg : arg);
  }
  // Relative include paths in the database are relative to its directory.
  arguments.insert(arguments.begin(),
                   (cl ? "/clang:-working-directory=" : "-working-directory=") + std::string(directory));
  return arguments;
}

} // namespace unloadcheck
