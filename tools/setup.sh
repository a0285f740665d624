#!/usr/bin/env bash
# Installs what is missing (Debian bookworm packages), configures and builds
# unloadcheck in build/. Safe to run again: installs, configures and
# rebuilds only what is needed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${UNLOADCHECK_BUILD_DIR:-$root/build}"

packages=(
  cmake ninja-build g++ ccache
  llvm-19-dev libclang-19-dev clang-19 clang-tidy-19 clang-tools-19
  mingw-w64-x86-64-dev nlohmann-json3-dev libgtest-dev
  python3 python3-jsonschema
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: run as root or install: ${missing[*]}" >&2; exit 2; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
# Two jobs fit the 2-core, memory-hungry Clang-header builds.
cmake --build "$build" --parallel "${UNLOADCHECK_JOBS:-2}" "$@"
