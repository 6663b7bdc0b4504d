# ctest install_tree: `cmake --install` into a staging folder (DESTDIR, prefix /usr, as the .deb does)
# must put exactly the desktop app's files in their freedesktop places (issue 9 §4), nothing of the
# tests or benchmarks, and the installed binary must run.
#   cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DSTAGE=... -DVERSION=... -P install_tree.cmake
foreach(var BUILD_DIR SOURCE_DIR STAGE VERSION)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "install_tree.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${STAGE}")
set(ENV{DESTDIR} "${STAGE}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix /usr
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()

# The places come from the freedesktop specifications (desktop entry, AppStream, icon theme) and the
# Debian convention for an application's own data and its copyright; one .qm per translations/*.ts.
set(expected
    usr/bin/frontier
    usr/libexec/frontier/frontier-gui
    usr/share/applications/io.github.frontier.Frontier.desktop
    usr/share/doc/frontier/copyright
    usr/share/metainfo/io.github.frontier.Frontier.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/io.github.frontier.Frontier.svg)
file(GLOB ts_files RELATIVE "${SOURCE_DIR}/translations" "${SOURCE_DIR}/translations/*.ts")
foreach(ts IN LISTS ts_files)
    string(REGEX REPLACE "\\.ts$" ".qm" qm "${ts}")
    list(APPEND expected "usr/share/frontier/translations/${qm}")
endforeach()
file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE "${STAGE}" "${STAGE}/*")
list(SORT expected)
list(SORT installed)
if(NOT installed STREQUAL expected)
    string(REPLACE ";" "\n  " e "${expected}")
    string(REPLACE ";" "\n  " i "${installed}")
    message(FATAL_ERROR "installed files differ from the expected ones\nexpected:\n  ${e}\ninstalled:\n  ${i}")
endif()

# A .qm file starts with Qt's translation magic number; an empty or mis-copied file would not.
foreach(ts IN LISTS ts_files)
    string(REGEX REPLACE "\\.ts$" ".qm" qm "${ts}")
    file(READ "${STAGE}/usr/share/frontier/translations/${qm}" magic LIMIT 16 HEX)
    if(NOT magic STREQUAL "3cb86418caef9c95cd211cbf60a1bddd")
        message(FATAL_ERROR "${qm} is not a Qt translation (starts with ${magic})")
    endif()
endforeach()

execute_process(COMMAND "${STAGE}/usr/bin/frontier" --version
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "frontier ${VERSION}\n")
    message(FATAL_ERROR "installed frontier --version: exit ${rc}, printed '${out}' '${err}', want 'frontier ${VERSION}'")
endif()

# The installed frontier finds the installed frontier-gui, which draws `export` (and opens the window).
execute_process(COMMAND "${STAGE}/usr/bin/frontier" export --help
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^Usage: frontier export --chart")
    message(FATAL_ERROR "installed frontier export --help: exit ${rc}, printed '${out}' '${err}'")
endif()
# Alone, without frontier-gui, it still answers subcommands and names what is missing for the window.
set(alone "${STAGE}-alone")
file(REMOVE_RECURSE "${alone}")
file(COPY "${STAGE}/usr/bin/frontier" DESTINATION "${alone}/bin")
execute_process(COMMAND "${alone}/bin/frontier" laws RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "frontier laws without frontier-gui: exit ${rc}, '${err}'")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C LANGUAGE= "${alone}/bin/frontier" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "^frontier: cannot start the window program [^\n]*/libexec/frontier/frontier-gui: No such file or directory")
    message(FATAL_ERROR "frontier without frontier-gui: exit ${rc}, printed '${out}' '${err}'")
endif()
file(REMOVE_RECURSE "${alone}")

# The newest release in the metainfo is the version being installed (CMakeLists.txt's project()).
file(READ "${STAGE}/usr/share/metainfo/io.github.frontier.Frontier.metainfo.xml" metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\" date=\"([0-9-]+)\"" release "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "metainfo's first <release> is '${CMAKE_MATCH_1}', the project is ${VERSION}")
endif()

# AppStream's own check of the installed tree: metainfo, desktop file and icon found and consistent.
execute_process(COMMAND appstreamcli validate-tree --no-net "${STAGE}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree failed (${rc}):\n${out}")
endif()
message(STATUS "installed ${installed}\n${out}")
