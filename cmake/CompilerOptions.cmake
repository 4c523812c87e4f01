# Warnings and sanitizers as INTERFACE targets; every project target links them.

# dialogsmith::warnings: warning flags and sanitizers, for every target including tests.
add_library(dialogsmith_warnings INTERFACE)
add_library(dialogsmith::warnings ALIAS dialogsmith_warnings)
target_compile_options(dialogsmith_warnings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wno-missing-field-initializers>)

# dialogsmith::options: warnings plus Qt's strict string and iterator rules, for product code.
add_library(dialogsmith_options INTERFACE)
add_library(dialogsmith::options ALIAS dialogsmith_options)
target_link_libraries(dialogsmith_options INTERFACE dialogsmith_warnings)
target_compile_definitions(dialogsmith_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

option(DIALOGSMITH_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(DIALOGSMITH_SANITIZE)
    # Undefined behaviour is fatal like a memory error: a report fails the test that caused it.
    target_compile_options(dialogsmith_warnings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(dialogsmith_warnings INTERFACE -fsanitize=address,undefined)
endif()

# How many times slower than a release build the tests run: the sanitizer build takes about
# four times as long, so its tests' time limits (ctest's and the few a test checks itself)
# grow by this factor instead of failing on speed alone.
if(DIALOGSMITH_SANITIZE)
    set(_time_scale_default 4)
else()
    set(_time_scale_default 1)
endif()
set(DIALOGSMITH_TEST_TIME_SCALE ${_time_scale_default} CACHE STRING
    "Factor for the tests' time limits (4 with DIALOGSMITH_SANITIZE)")

option(DIALOGSMITH_WERROR "Treat warnings as errors" OFF)
if(DIALOGSMITH_WERROR)
    target_compile_options(dialogsmith_warnings INTERFACE -Werror)
endif()

option(DIALOGSMITH_FUZZ "Build the libFuzzer targets of tests/fuzz only (clang; preset fuzz)" OFF)
if(DIALOGSMITH_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "DIALOGSMITH_FUZZ needs clang: configure with the preset 'fuzz' "
                            "(scripts/setup installs clang and libclang-rt-14-dev)")
    endif()
    # Everything the fuzzers reach is instrumented for coverage and checked by ASan and UBSan;
    # any report ends the run, so the fuzzer keeps the input.
    target_compile_options(dialogsmith_warnings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    target_link_options(dialogsmith_warnings INTERFACE -fsanitize=address,undefined)
endif()
