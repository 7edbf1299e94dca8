# cmake -DPROGRAM=EXE -DOUTPUT=FILE -P WriteManPage.cmake: the manual page EXE --help-man writes,
# from the options its --help lists. QT_QPA_PLATFORM: cop-tiles makes a GUI application.
execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${PROGRAM} --help-man
    OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUTPUT})
    message(FATAL_ERROR "${PROGRAM} --help-man failed: ${result}")
endif()
