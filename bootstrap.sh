#!/usr/bin/env bash
# Frontier's one-step set-up for Debian 12: installs the Debian packages that are missing,
# configures and builds with CMake presets, then starts the app or runs every test.
#   ./bootstrap.sh run     build (preset dev) and start the window on its built-in defaults
#   ./bootstrap.sh test    build (preset dev) and run the whole test suite with ctest
# Works as root or through sudo. Extra arguments after `run` go to the app.
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libxkbcommon-dev libgl-dev
  libeigen3-dev liblbfgspp-dev nlohmann-json3-dev libbenchmark-dev libboost-dev libqhull-dev
  fonts-noto-cjk
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

build() {
  cmake --preset dev
  cmake --build --preset dev
}

case "${1:-}" in
  run)
    shift
    install_missing
    build
    exec ./build/dev/app/frontier "$@"
    ;;
  test)
    install_missing
    build
    ctest --preset dev
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
