#!/usr/bin/env bash
# Parser benchmark: times `newswatch fetch --summary` over every file of the feed corpus
# (/work/shared/corpus/feeds/manifest.tsv, or $CORPUS/manifest.tsv) and counts the inputs that parsed
# to at least one item. Extra arguments go to `newswatch fetch` (e.g. --threads 2).
#
# Usage: bench/fetch-corpus.sh [fetch options...]
set -euo pipefail
# The parser's warnings about broken inputs would flood the terminal: errors only unless asked.
export NEWSWATCH_LOG_LEVEL="${NEWSWATCH_LOG_LEVEL:-ERROR}"
# Resolved before lib.sh moves to the repository root.
CORPUS="$(realpath -m "${CORPUS:-/work/shared/corpus/feeds}")"
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MANIFEST="$CORPUS/manifest.tsv"
if [ ! -f "$MANIFEST" ]; then
    echo "fetch-corpus: no manifest at $MANIFEST (set CORPUS to the corpus directory)" >&2
    exit 2
fi

bench_cli
bench_tmpdir WORK
awk -F'\t' -v dir="$CORPUS" 'NR > 1 && $1 != "" { print dir "/" $1 }' "$MANIFEST" > "$WORK/inputs.txt"

# CPU time (user + sys) as well as wall time: on a shared machine the wall time depends on the neighbours.
TIMEFORMAT='%U %S'
start=$(date +%s.%N)
{ time (bin/newswatch fetch --summary --inputs-from "$WORK/inputs.txt" "$@" > "$WORK/summary.jsonl" 2> "$WORK/stderr.txt"); } 2> "$WORK/time.txt"
end=$(date +%s.%N)
cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$WORK/time.txt")

inputs=$(wc -l < "$WORK/inputs.txt")
lines=$(wc -l < "$WORK/summary.jsonl")
with_items=$(grep -c -E '"status":"ok","items":[1-9]' "$WORK/summary.jsonl" || true)
ok_empty=$(grep -c -E '"status":"ok","items":0[,}]' "$WORK/summary.jsonl" || true)
errors=$(grep -c -E '"status":"error"' "$WORK/summary.jsonl" || true)
wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
rate=$(awk -v n="$inputs" -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", n / (e - s) }')

echo "fetch-corpus: $inputs inputs from $MANIFEST, $(nproc) cores"
printf '| %-26s | %8s |\n' "measure" "value"
printf '|%s|%s|\n' "----------------------------" "----------"
printf '| %-26s | %8s |\n' "inputs" "$inputs"
printf '| %-26s | %8s |\n' "summary lines" "$lines"
printf '| %-26s | %8s |\n' "ok with items > 0" "$with_items"
printf '| %-26s | %8s |\n' "ok with 0 items" "$ok_empty"
printf '| %-26s | %8s |\n' "error" "$errors"
printf '| %-26s | %8s |\n' "wall time, s (JVM incl.)" "$wall"
printf '| %-26s | %8s |\n' "inputs per second" "$rate"
printf '| %-26s | %8s |\n' "CPU time, s (user + sys)" "$cpu"
printf '| %-26s | %8s |\n' "load average at the end" "$(cut -d' ' -f1 /proc/loadavg)"
if [ "$errors" -gt 0 ]; then
    echo "inputs with status error:"
    grep -E '"status":"error"' "$WORK/summary.jsonl" | cut -c1-240
fi
