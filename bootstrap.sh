#!/usr/bin/env bash
# Frontier's one-step set-up for Debian 12: installs the Debian packages that are missing,
# configures and builds with CMake presets, then starts the app or runs every test. Both build the
# release preset, the optimised build the .deb ships: what the tests pass is what users run.
#   ./bootstrap.sh run     build the app (preset release, target frontier) and start the window on its
#                          built-in defaults
#   ./bootstrap.sh test    prepare the comma locale, build everything (preset release), run the whole
#                          test suite with ctest, then the tests that read and print numbers (CLI,
#                          window, CSV, cost) again in that locale (de_DE)
# Works as root or through sudo. Extra arguments after `run` go to the app.
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libxkbcommon-dev libgl-dev
  libeigen3-dev liblbfgspp-dev nlohmann-json3-dev libbenchmark-dev libboost-dev libqhull-dev
  fonts-noto-cjk locales
  # Qt's own translations (qtbase_zh_CN.qm: the standard buttons, the file dialog), loaded at run time
  qt6-translations-l10n
  # the install tests: validators of the desktop entry and the metainfo; cpack's .deb (shlibdeps, file)
  desktop-file-utils appstream dpkg-dev file
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# A comma locale for the second test run: German writes 1,5 for one and a half, so a number read or
# written through the C locale functions (strtod, printf) would show up there. And Turkish, whose
# I/i std::tolower/toupper do not fold to ASCII: tst_catalogs checks that ids still match there.
ensure_comma_locale() {
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  local name
  for name in de_DE tr_TR; do
    locale -a 2>/dev/null | grep -qi "^${name}\.utf-\?8$" && continue
    "${sudo[@]}" localedef -i "$name" -f UTF-8 "$name.UTF-8"
  done
}

configure() {
  cmake --preset release
}

case "${1:-}" in
  run)
    shift
    install_missing
    configure
    cmake --build --preset package
    exec ./build/release/app/frontier "$@"
    ;;
  test)
    install_missing
    # Before any test: the first ctest run already has tests that switch to the comma locale.
    ensure_comma_locale
    configure
    cmake --build --preset release
    ctest --preset release
    LC_ALL=de_DE.UTF-8 ctest --preset release -R 'tst_(cli.*|mainwindow|csv|costmodel)$'
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
