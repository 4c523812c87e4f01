# Translations of the user interface: every tr() in ui/ and app/gui/, and the model's messages
# (errors, validation, the runtime's log) that reach users through them. Included from
# resources/CMakeLists.txt, so the compiled .qm files are embedded under :/i18n in the resources
# library.
#
# After strings change, refresh the .ts files from the sources (new strings appear as
# unfinished, removed ones as vanished) and translate them, for example with Qt Linguist:
#     cmake --build build --target update_translations
#     /usr/lib/qt6/bin/linguist resources/translations/dialogsmith_de.ts
# The build compiles the .ts files; nothing else needs to be run.
#
# dialogsmith_de.ts translates everything. dialogsmith_en.ts holds only the English plural forms
# ("%n interaction(s)" -> "1 interaction", "2 interactions"): English is the source language.
#
# In model/, a file marks its messages with a translation context of its own
# (Q_DECLARE_TR_FUNCTIONS(dialogsmith::layer::Name) on a class or a small struct) and tr().
# Texts a bot or a file format defines (CB's fallback sentences, transcript lines, JSON keys)
# stay as they are.

file(GLOB_RECURSE dialogsmith_translated_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h ${PROJECT_SOURCE_DIR}/ui/*.ui
    ${PROJECT_SOURCE_DIR}/app/gui/*.cpp ${PROJECT_SOURCE_DIR}/app/gui/*.h
    ${PROJECT_SOURCE_DIR}/model/*.cpp ${PROJECT_SOURCE_DIR}/model/*.h)
# Line numbers relative to the previous message keep the .ts diffs small when code moves.
set(dialogsmith_lupdate_options -source-language en -locations relative)

qt_add_translations(dialogsmith_resources
    TS_FILES ${CMAKE_CURRENT_LIST_DIR}/dialogsmith_de.ts
    SOURCES ${dialogsmith_translated_sources}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/ui
    LUPDATE_OPTIONS ${dialogsmith_lupdate_options}
    LRELEASE_OPTIONS -silent
    RESOURCE_PREFIX /i18n)

# The English file needs lupdate's -pluralonly, so it has its own lupdate/lrelease pair (both
# still run by update_translations and by the build) and joins the same resource folder.
add_custom_target(dialogsmith_translations_en)
qt_add_lupdate(dialogsmith_translations_en
    TS_FILES ${CMAKE_CURRENT_LIST_DIR}/dialogsmith_en.ts
    SOURCES ${dialogsmith_translated_sources}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/ui
    OPTIONS ${dialogsmith_lupdate_options} -pluralonly)
qt_add_lrelease(dialogsmith_translations_en
    TS_FILES ${CMAKE_CURRENT_LIST_DIR}/dialogsmith_en.ts
    OPTIONS -silent
    QM_FILES_OUTPUT_VARIABLE dialogsmith_en_qm)
qt_add_resources(dialogsmith_resources dialogsmith_translations_en
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${dialogsmith_en_qm})
add_dependencies(dialogsmith_resources dialogsmith_translations_en)
