# unloadcheck_embed_files(OUTPUT file.cpp BASE dir FILES f...)
# Generates, at build time, a C++ source holding each file's bytes keyed by
# its path relative to BASE (see engine/EmbeddedFiles.h).
function(unloadcheck_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT;BASE" "FILES" ${ARGN})
  list(SORT ARG_FILES)
  set(list_file "${ARG_OUTPUT}.files")
  string(REPLACE ";" "\n" lines "${ARG_FILES}")
  file(WRITE "${list_file}.tmp" "${lines}\n")
  file(COPY_FILE "${list_file}.tmp" "${list_file}" ONLY_IF_DIFFERENT)
  add_custom_command(
    OUTPUT "${ARG_OUTPUT}"
    COMMAND "${CMAKE_COMMAND}" -DLIST=${list_file} -DBASE=${ARG_BASE} -DOUTPUT=${ARG_OUTPUT}
            -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedFilesScript.cmake"
    DEPENDS ${ARG_FILES} "${list_file}" "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedFilesScript.cmake"
    COMMENT "Embedding rule catalogue, knowledge base and compatibility headers"
    VERBATIM)
endfunction()
