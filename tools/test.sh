#!/usr/bin/env bash
# Sets up unloadcheck, builds everything and runs the whole test suite.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${UNLOADCHECK_BUILD_DIR:-$root/build}"
"$root/tools/setup.sh"
ctest --test-dir "$build" --output-on-failure --parallel "${UNLOADCHECK_JOBS:-2}"
