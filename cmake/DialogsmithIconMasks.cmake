# dialogsmith_icon_masks(<target> NAME <resource name> PREFIX <resource prefix> FILES <svg>...)
#
# The single-colour SVG icons that <target> compiles in under <prefix>, rendered at build time
# (resources/iconmasks) at the sizes the studio paints icons at, as masks of one coverage byte
# per pixel under :/masks<prefix>/<file>.<size>. ui/common/typeicons.cpp tints a mask where there
# is one and renders the SVG for any other size: starting the studio does not parse SVG.
set(DIALOGSMITH_ICON_MASK_SIZES 16 18 20 24 32 36)

function(dialogsmith_icon_masks target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "NAME;PREFIX" "FILES")
    set(dir "${CMAKE_CURRENT_BINARY_DIR}/iconmasks${arg_PREFIX}")
    set(masks)
    foreach(svg IN LISTS arg_FILES)
        get_filename_component(name "${svg}" NAME)
        set(outputs)
        foreach(size IN LISTS DIALOGSMITH_ICON_MASK_SIZES)
            list(APPEND outputs "${dir}/${name}.${size}")
        endforeach()
        add_custom_command(OUTPUT ${outputs}
            COMMAND ${CMAKE_COMMAND} -E make_directory "${dir}"
            COMMAND dialogsmith-iconmasks "${svg}" "${dir}/${name}" ${DIALOGSMITH_ICON_MASK_SIZES}
            DEPENDS dialogsmith-iconmasks "${svg}"
            COMMENT "Rendering the icon masks of ${name}"
            VERBATIM)
        list(APPEND masks ${outputs})
    endforeach()
    # Stored as they are, so the studio reads them in place.
    qt_add_resources(${target} ${arg_NAME}
        PREFIX "/masks${arg_PREFIX}"
        BASE "${dir}"
        FILES ${masks}
        OPTIONS --no-compress)
endfunction()
