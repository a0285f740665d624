#!/usr/bin/env bash
# Parse every driver in this directory with the analyzer's default compiler
# arguments (analyzer/wdk-compat/default-args.txt) and clang -fsyntax-only,
# once as a free build and once with DBG=1 (checked build: ASSERT, KdPrint,
# NT_ASSERT take their other definitions). Exits non-zero if any file has an
# error.
#
# Usage: testdata/parse/check.sh [clang] [mingw-include-dir]
#   clang              default: clang-19
#   mingw-include-dir  default: /usr/share/mingw-w64/include
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
compat="$(cd "$here/../../analyzer/wdk-compat" && pwd)"
clang="${1:-clang-19}"
mingw="${2:-/usr/share/mingw-w64/include}"

if ! resource_dir="$("$clang" -print-resource-dir)"; then
    echo "check.sh: cannot run $clang" >&2
    exit 2
fi
if [ ! -f "$mingw/ddk/wdm.h" ]; then
    echo "check.sh: no mingw-w64 DDK headers under $mingw (package mingw-w64-x86-64-dev)" >&2
    exit 2
fi

args=()
while IFS= read -r line || [ -n "$line" ]; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    case "$line" in ''|'#'*) continue ;; esac
    line="${line//@COMPAT@/$compat}"
    line="${line//@MINGW@/$mingw}"
    line="${line//@RESOURCE_DIR@/$resource_dir}"
    case "$line" in
        *@*@*) echo "check.sh: unknown placeholder in default-args.txt: $line" >&2; exit 2 ;;
    esac
    args+=("$line")
done < "$compat/default-args.txt"

failed=0
count=0
shopt -s nullglob
for src in "$here"/*.c "$here"/*.cpp; do
    for config in free checked; do
        extra=()
        [ "$config" = checked ] && extra=(-DDBG=1)
        count=$((count + 1))
        if output="$("$clang" -fsyntax-only "${args[@]}" "${extra[@]}" "$src" 2>&1)" \
            && ! grep -q 'error:' <<<"$output"; then
            echo "ok    $(basename "$src") ($config)"
        else
            echo "FAIL  $(basename "$src") ($config)"
            printf '%s\n' "$output" | grep -E 'error:' | head -20
            failed=$((failed + 1))
        fi
    done
done

if [ "$count" -eq 0 ]; then
    echo "check.sh: no test drivers found in $here" >&2
    exit 2
fi
echo "$((count - failed))/$count parses without errors"
[ "$failed" -eq 0 ]
