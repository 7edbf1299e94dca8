# Fails unless the committed .ts files are complete and current: lupdate over today's sources
# must reproduce them byte for byte, and no entry may be unfinished, vanished or obsolete.
# Run by ctest (see CMakeLists.txt); fix a failure with `ninja -C build update_translations`,
# then translate what it added.
foreach(var LUPDATE LCONVERT PROJECT_IN TS_DIR WORK_DIR GENERATOR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_translations: ${var} not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json -P "${GENERATOR}"
    RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "could not generate the lupdate project")
endif()

set(failures "")
foreach(language en ko ja)
    set(committed "${TS_DIR}/cop_${language}.ts")
    set(fresh "${WORK_DIR}/cop_${language}.ts")
    file(COPY_FILE "${committed}" "${fresh}")
    execute_process(
        COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -no-obsolete -locations none -silent -ts "${fresh}"
        RESULT_VARIABLE result)
    if(result)
        message(FATAL_ERROR "lupdate failed for ${language}")
    endif()
    if(language STREQUAL "en")
        # The source language keeps only plural forms, as qt_add_translations does.
        execute_process(COMMAND "${LCONVERT}" -pluralonly -i "${fresh}" -o "${fresh}" RESULT_VARIABLE result)
    endif()
    file(READ "${committed}" before)
    file(READ "${fresh}" after)
    if(NOT before STREQUAL after)
        list(APPEND failures "cop_${language}.ts is out of date with the sources")
    endif()
    string(REGEX MATCHALL "type=\"(unfinished|vanished|obsolete)\"" open "${after}")
    list(LENGTH open count)
    if(count GREATER 0)
        list(APPEND failures "cop_${language}.ts has ${count} unfinished or obsolete entries")
    endif()
    if(NOT language STREQUAL "en")
        string(REGEX MATCHALL "<message" messages "${after}")
        list(LENGTH messages total)
        if(total EQUAL 0)
            list(APPEND failures "cop_${language}.ts has no messages")
        endif()
        message(STATUS "cop_${language}.ts: ${total} messages")
    endif()
endforeach()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "translations incomplete:\n  ${text}\nRun `ninja -C build update_translations` and translate the new entries.")
endif()
message(STATUS "translations complete")
