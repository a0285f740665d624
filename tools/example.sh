#!/usr/bin/env bash
# Sets up unloadcheck and runs it on the bundled example driver: findings on
# screen, SARIF written to unloadcheck-example.sarif.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/tools/setup.sh" --target unloadcheck

cd "$root"
status=0
build/bin/unloadcheck --sarif=unloadcheck-example.sarif testdata/example || status=$?
echo
case $status in
  0) echo "example: no findings (unexpected for the example driver)"; exit 1 ;;
  1) echo "example: findings above (exit status 1); SARIF written to $root/unloadcheck-example.sarif" ;;
  *) exit "$status" ;;
esac
