# cmake -DPROGRAM=EXE -DOUTPUT=FILE.1.gz -P WriteManPage.cmake: the manual page EXE --help-man
# writes from the options its --help lists, gzipped as Debian keeps manual pages.
# QT_QPA_PLATFORM: cop-tiles makes a GUI application.
string(REGEX REPLACE "\\.gz$" "" page ${OUTPUT})
execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${PROGRAM} --help-man
    OUTPUT_FILE ${page} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${page})
    message(FATAL_ERROR "${PROGRAM} --help-man failed: ${result}")
endif()
execute_process(COMMAND gzip -9nf ${page} COMMAND_ERROR_IS_FATAL ANY)
