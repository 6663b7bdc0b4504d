# ctest install_deb_package: `cpack -G DEB` on this build makes frontier_<version>_<arch>.deb whose
# Depends name the Debian 12 runtime packages of every shared library the binary links (found by
# dpkg-shlibdeps), and whose files are those of `cmake --install` under /usr.
#   cmake -DBUILD_DIR=... -DWORK=... -DVERSION=... -P install_deb.cmake
foreach(var BUILD_DIR WORK VERSION)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "install_deb.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND cpack --config "${BUILD_DIR}/CPackConfig.cmake" -G DEB -B "${WORK}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack -G DEB failed (${rc}):\n${out}")
endif()
file(GLOB debs "${WORK}/frontier_${VERSION}_*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one frontier_${VERSION}_<arch>.deb in ${WORK}, found '${debs}':\n${out}")
endif()

function(deb_field field out_var)
    execute_process(COMMAND dpkg-deb --field "${debs}" ${field} OUTPUT_VARIABLE value
                    OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
    set(${out_var} "${value}" PARENT_SCOPE)
endfunction()
deb_field(Package package)
deb_field(Section section)
deb_field(Depends depends)
if(NOT package STREQUAL "frontier" OR NOT section STREQUAL "science")
    message(FATAL_ERROR "Package '${package}', Section '${section}': want frontier, science")
endif()
# The Debian 12 packages of the libraries `ldd frontier-gui` lists (Qt 6.4 Widgets, Charts, Svg, Gui,
# Core; Qhull's reentrant library; the C++ runtime), each with the version floor dpkg-shlibdeps reads
# from its symbols file.
foreach(dep libqt6widgets6 libqt6charts6 libqt6svg6 libqt6gui6 libqt6core6 libqhull-r8.0 libstdc++6 libc6)
    string(REGEX REPLACE "([+.])" "\\\\\\1" dep_re "${dep}") # libstdc++6, libqhull-r8.0
    if(NOT depends MATCHES "(^|, )${dep_re} \\(>= [^)]+\\)")
        message(FATAL_ERROR "Depends lacks ${dep} (>= ...): ${depends}")
    endif()
endforeach()
# What Qt loads at run time without a linker knowing: the SVG icon engine, and Qt's own translations
# (the standard buttons in Chinese).
foreach(dep libqt6svg6 qt6-translations-l10n)
    if(NOT depends MATCHES "(^|, )${dep}( |,|$)")
        message(FATAL_ERROR "Depends lacks ${dep}: ${depends}")
    endif()
endforeach()
# No development packages: the .deb needs only what runs it.
if(depends MATCHES "-dev( |,|$)")
    message(FATAL_ERROR "Depends names a -dev package: ${depends}")
endif()

execute_process(COMMAND dpkg-deb --contents "${debs}" OUTPUT_VARIABLE contents COMMAND_ERROR_IS_FATAL ANY)
foreach(path
        ./usr/bin/frontier
        ./usr/libexec/frontier/frontier-gui
        ./usr/share/applications/io.github.frontier.Frontier.desktop
        ./usr/share/doc/frontier/copyright
        ./usr/share/metainfo/io.github.frontier.Frontier.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/io.github.frontier.Frontier.svg
        ./usr/share/frontier/translations/frontier_zh_CN.qm)
    if(NOT contents MATCHES " ${path}\n")
        message(FATAL_ERROR "the .deb lacks ${path}:\n${contents}")
    endif()
endforeach()
if(contents MATCHES "tst_|bench_")
    message(FATAL_ERROR "the .deb carries a test or benchmark:\n${contents}")
endif()
message(STATUS "${debs}\nDepends: ${depends}\n${contents}")
