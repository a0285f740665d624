#!/usr/bin/env bash
# Measures what the analysis costs over parsing alone: wall time and peak
# memory of `unloadcheck` on one driver against `clang-19 -fsyntax-only` on
# the same files with the same (embedded default) arguments.
#
#   tools/bench-parse.sh [-n RUNS] [driver files or directories...]
#
# Default: the bundled example driver, 5 runs each. Prints mean seconds and
# the largest peak RSS over the runs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
[ $# -gt 0 ] || set -- "$root/testdata/example"
unloadcheck="${UNLOADCHECK:-$root/build/bin/unloadcheck}"
[ -x "$unloadcheck" ] || { echo "bench: build first (tools/setup.sh)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }

files=()
for input in "$@"; do
  if [ -d "$input" ]; then
    while IFS= read -r f; do files+=("$f"); done < <(find "$input" -type f \( -name '*.c' -o -name '*.cpp' \) | sort)
  else
    files+=("$input")
  fi
done

# The embedded default arguments, with the compatibility headers read from
# the source tree instead of the binary.
args=()
while IFS= read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  line=${line//@COMPAT@/$root/analyzer/wdk-compat}
  line=${line//@MINGW@//usr/share/mingw-w64/include}
  line=${line//@RESOURCE_DIR@//usr/lib/llvm-19/lib/clang/19}
  args+=("$line")
done < "$root/analyzer/wdk-compat/default-args.txt"

# measure NAME COMMAND...: mean wall seconds and max peak RSS (MiB) over $runs runs.
measure() {
  local name=$1; shift
  local total=0 peak=0 out stats
  stats=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$stats" -f '%e %M' "$@" >/dev/null 2>&1 || true
    out=$(tail -1 "$stats")
    total=$(awk -v a="$total" -v b="${out% *}" 'BEGIN { print a + b }')
    [ "${out#* }" -gt "$peak" ] && peak=${out#* }
  done
  rm -f "$stats"
  printf '%-28s %8.3f s %8.1f MiB\n' "$name" "$(awk -v t="$total" -v n="$runs" 'BEGIN { print t / n }')" \
    "$(awk -v k="$peak" 'BEGIN { print k / 1024 }')"
}

echo "${#files[@]} file(s), $runs run(s) each, $(nproc) core(s)"
measure "clang-19 -fsyntax-only" bash -c 'for f in "${@:2}"; do clang-19 -fsyntax-only $1 "$f" || true; done' _ "${args[*]}" "${files[@]}"
measure "unloadcheck -j1" "$unloadcheck" -j1 --quiet --fail-on=never "${files[@]}"
measure "unloadcheck (all cores)" "$unloadcheck" --quiet --fail-on=never "${files[@]}"
