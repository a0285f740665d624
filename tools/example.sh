#!/usr/bin/env bash
# Sets up unloadcheck and runs it on the bundled example drivers: findings on
# screen, SARIF written to unloadcheck-example.sarif (the Widget WDM driver)
# and unloadcheck-example-minifilter.sarif (the ScanLite minifilter).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/tools/setup.sh" --target unloadcheck

cd "$root"
run_example() { # <directory> <sarif file> <name>
  local status=0
  build/bin/unloadcheck --sarif="$2" "$1" || status=$?
  echo
  case $status in
    0) echo "$3: no findings (unexpected for an example driver)"; exit 1 ;;
    1) echo "$3: findings above (exit status 1); SARIF written to $root/$2" ;;
    *) exit "$status" ;;
  esac
}
run_example testdata/example unloadcheck-example.sarif "example (Widget)"
echo
run_example testdata/example-minifilter unloadcheck-example-minifilter.sarif "example (ScanLite minifilter)"
