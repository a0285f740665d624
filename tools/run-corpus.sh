#!/usr/bin/env bash
# Corpus/benchmark script: runs unloadcheck over every driver found in a tree
# of drivers, e.g. a clone of microsoft/Windows-driver-samples (such a corpus
# is never committed to this repository), and prints how many findings each
# rule gave per driver, then the totals.
#
#   tools/run-corpus.sh [--sarif-dir=D] ROOT [unloadcheck arguments...]
#
# A driver is a directory holding a .c/.cpp file that defines DriverEntry; it
# is made of every .c/.cpp file under that directory. Each driver is checked
# with `unloadcheck --quiet --fail-on=never DIR [unloadcheck arguments...]`.
# --sarif-dir=D also writes one SARIF file per driver into D.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
unloadcheck="${UNLOADCHECK:-$here/build/bin/unloadcheck}"
sarif_dir=
case "${1:-}" in --sarif-dir=*) sarif_dir=${1#--sarif-dir=}; shift ;; esac
if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 [--sarif-dir=D] ROOT [unloadcheck arguments...]" >&2; exit 2
fi
[ -x "$unloadcheck" ] || { echo "run-corpus: build first (tools/setup.sh)" >&2; exit 2; }
root=${1%/}; shift
[ -z "$sarif_dir" ] || mkdir -p "$sarif_dir"

mapfile -t rules < <("$unloadcheck" --list-rules | awk '{ print $1 }')
declare -A total
printf '%-60s %5s' driver files
for i in "${!rules[@]}"; do printf ' %3s' "r$((i + 1))"; total[${rules[$i]}]=0; done
printf ' %5s\n' all

# Directories with a .c/.cpp file holding a line that starts a DriverEntry
# definition (not a comment, not a prototype ending in ';').
mapfile -t drivers < <(grep -rlE --include='*.c' --include='*.cpp' \
  '^[^/*;]*\bDriverEntry[[:space:]]*\([^;]*$' "$root" | xargs -r -n1 dirname | sort -u)

for dir in "${drivers[@]}"; do
  name=${dir#"$root"/}; [ "$dir" != "$root" ] || name=$(basename "$dir")
  files=$(find "$dir" -type f \( -name '*.c' -o -name '*.cpp' \) | wc -l)
  sarif=()
  [ -z "$sarif_dir" ] || sarif=("--sarif=$sarif_dir/${name//\//_}.sarif")
  status=0
  out=$("$unloadcheck" --quiet --fail-on=never "${sarif[@]}" "$dir" "$@" 2>/dev/null) || status=$?
  printf '%-60s %5s' "$name" "$files"
  sum=0
  for rule in "${rules[@]}"; do
    n=$(grep -cE "^.+:[0-9]+:[0-9]+: (warning|note|error): .*\[$rule\]\$" <<<"$out" || true)
    printf ' %3s' "$n"
    total[$rule]=$((total[$rule] + n)); sum=$((sum + n))
  done
  printf ' %5s' "$sum"
  [ "$status" -eq 0 ] || printf '  (exit %s)' "$status"
  printf '\n'
done

printf '%-60s %5s' "TOTAL (${#drivers[@]} drivers)" ''
sum=0
for rule in "${rules[@]}"; do printf ' %3s' "${total[$rule]}"; sum=$((sum + total[$rule])); done
printf ' %5s\n\n' "$sum"
for i in "${!rules[@]}"; do echo "r$((i + 1)) = ${rules[$i]}"; done
