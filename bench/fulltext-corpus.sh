#!/usr/bin/env bash
# Article-extraction benchmark: runs `newswatch fulltext` over the 88 pages of the article corpus
# (/work/shared/corpus/articles, or $CORPUS), scores the bodies with the corpus's own score_fulltext.py and times
# the run. Extra arguments go to `newswatch fulltext` (e.g. --threads 1).
#
# Usage: bench/fulltext-corpus.sh [fulltext options...]
set -euo pipefail
export NEWSWATCH_LOG_LEVEL="${NEWSWATCH_LOG_LEVEL:-ERROR}"
# Resolved before lib.sh moves to the repository root.
CORPUS="$(realpath -m "${CORPUS:-/work/shared/corpus/articles}")"
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [ ! -f "$CORPUS/ground-truth.json" ]; then
    echo "fulltext-corpus: no ground-truth.json in $CORPUS (set CORPUS to the corpus directory)" >&2
    exit 2
fi

bench_cli
bench_tmpdir WORK
ls "$CORPUS"/html/*.html.gz > "$WORK/inputs.txt"

TIMEFORMAT='%U %S'
start=$(date +%s.%N)
{ time (bin/newswatch fulltext --inputs-from "$WORK/inputs.txt" "$@" > "$WORK/out.jsonl" 2> "$WORK/stderr.txt"); } 2> "$WORK/time.txt"
end=$(date +%s.%N)
cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$WORK/time.txt")

# The scorer wants {id: {"articleBody": ...}}; the id is the file name without .html.gz.
python3 - "$WORK/out.jsonl" "$WORK/prediction.json" <<'PY'
import json, os, sys
out = {}
for line in open(sys.argv[1], encoding="utf-8"):
    row = json.loads(line)
    out[os.path.basename(row["input"]).split(".")[0]] = {"articleBody": row["text"] or ""}
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"))
PY

pages=$(wc -l < "$WORK/inputs.txt")
errors=$(grep -c '"status":"error"' "$WORK/out.jsonl" || true)
wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
rate=$(awk -v n="$pages" -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", n / (e - s) }')
echo "fulltext-corpus: $pages pages from $CORPUS, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
echo "errors: $errors   wall: ${wall} s (JVM start included)   pages/s: $rate   CPU: ${cpu} s"
python3 "$CORPUS/score_fulltext.py" "$CORPUS/ground-truth.json" "$WORK/prediction.json"
