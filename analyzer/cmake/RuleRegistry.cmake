# unloadcheck_rule_registry(CATALOGUE rules.json OUTPUT RuleRegistry.cpp SOURCES_VAR var)
# The catalogue drives registration: rule "driver-role-type" named
# "DriverRoleType" lives in rules/driver-role-type/DriverRoleType.cpp and
# defines unloadcheck::rules::checkDriverRoleType(RuleContext &).
function(unloadcheck_rule_registry)
  cmake_parse_arguments(ARG "" "CATALOGUE;OUTPUT;SOURCES_VAR" "" ${ARGN})
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${ARG_CATALOGUE}")
  file(READ "${ARG_CATALOGUE}" catalogue)
  get_filename_component(rules_dir "${ARG_CATALOGUE}" DIRECTORY)
  string(JSON count LENGTH "${catalogue}" rules)
  math(EXPR last "${count} - 1")
  set(sources "")
  set(decls "")
  set(entries "")
  foreach(i RANGE ${last})
    string(JSON id GET "${catalogue}" rules ${i} id)
    string(JSON name GET "${catalogue}" rules ${i} name)
    set(source "${rules_dir}/${id}/${name}.cpp")
    if(NOT EXISTS "${source}")
      message(FATAL_ERROR "rules.json names rule '${id}' but ${source} does not exist")
    endif()
    list(APPEND sources "${source}")
    string(APPEND decls "void check${name}(RuleContext &context);\n")
    string(APPEND entries "    {\"${id}\", &rules::check${name}},\n")
  endforeach()
  file(WRITE "${ARG_OUTPUT}.tmp" "// Generated from rules/rules.json by RuleRegistry.cmake. Do not edit.
#include \"engine/RuleRegistry.h\"
namespace unloadcheck {
namespace rules {
${decls}} // namespace rules
const std::vector<RuleEntry> &builtinRuleEntries() {
  static const std::vector<RuleEntry> entries = {
${entries}  };
  return entries;
}
} // namespace unloadcheck
")
  file(COPY_FILE "${ARG_OUTPUT}.tmp" "${ARG_OUTPUT}" ONLY_IF_DIFFERENT)
  set(${ARG_SOURCES_VAR} ${sources} PARENT_SCOPE)
endfunction()
