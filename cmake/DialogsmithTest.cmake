# dialogsmith_add_test(<name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>]
#                      [ARGS <test functions...>])
# Builds a Qt Test executable and registers it with ctest, offscreen, with the test data folder
# and the shared test headers (tests/support). TIMEOUT (default 120 s) is multiplied by
# DIALOGSMITH_TEST_TIME_SCALE, which the test also gets as a definition (testsupport::timeScale).
# ARGS runs only those test functions; dialogsmith_add_test_run() adds another process of the
# same executable (for functions that need a process of their own).
function(dialogsmith_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ARGS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test dialogsmith::warnings dialogsmith::testsupport
        ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        DIALOGSMITH_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        DIALOGSMITH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        DIALOGSMITH_TEST_TIME_SCALE=${DIALOGSMITH_TEST_TIME_SCALE})
    dialogsmith_add_test_run(${name} ${name} TIMEOUT "${ARG_TIMEOUT}" LABELS ${ARG_LABELS}
        ARGS ${ARG_ARGS})
endfunction()

# dialogsmith_add_test_run(<name> <executable> [TIMEOUT <s>] [LABELS <labels...>]
#                          [ARGS <test functions...>])
function(dialogsmith_add_test_run name executable)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LABELS;ARGS" ${ARGN})
    add_test(NAME ${name} COMMAND ${executable} ${ARG_ARGS})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * ${DIALOGSMITH_TEST_TIME_SCALE}")
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()
