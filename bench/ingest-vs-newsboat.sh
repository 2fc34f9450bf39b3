#!/usr/bin/env bash
# Ingest side by side with newsboat, in one run: N RSS feeds served from loopback addresses 127.0.0.2.. with a
# delay per request and conditional GET; cycle 1 times `newsboat -x reload` (each --newsboat-threads setting, fresh
# cache), `newswatch fetch --summary` and `newswatch ingest` (process start to the last article committed, counted
# by a read_committed reader); cycle 2, every feed answering 304, times newsboat and newswatch ingest again. Prints
# a table and one JSON line per run; see docs/PERFORMANCE.md. Installs newsboat (Debian package) when missing.
#
# Usage: bench/ingest-vs-newsboat.sh [--feeds 1000] [--items 20] [--hosts 50] [--delay-ms 100]
#            [--newsboat-threads 8,32,64] [--threads 32] [--requests-in-flight 256] [--timeout-seconds 600]
#            [--warm-up yes|no]
# Newswatch runs through bin/newswatch on a private copy of the jar; --warm-up yes (the default) first runs fetch and
# ingest once, untimed, on 20 feeds, which writes bin/newswatch's class-data archives as a user's first run does.
# Java options of the newswatch processes measured: BENCH_NEWSWATCH_JAVA_OPTS (default: bin/newswatch's own).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if ! command -v newsboat > /dev/null; then
    echo "newsboat is missing: installing the Debian package ..." >&2
    if [ "$(id -u)" -eq 0 ]; then
        apt-get install -y newsboat >&2 || { apt-get update >&2 && apt-get install -y newsboat >&2; }
    else
        sudo apt-get install -y newsboat >&2 || { sudo apt-get update >&2 && sudo apt-get install -y newsboat >&2; }
    fi
fi

bench_jar
bench_cli
# A private copy, like the benchmark jar: a build elsewhere in the checkout must not replace it mid-run.
bench_tmpfile NEWSWATCH_JAR -newswatch.jar
cp app/target/newswatch.jar "$NEWSWATCH_JAR"
# bin/newswatch keeps the class-data archives of a jar beside it.
BENCH_TMP+=("${NEWSWATCH_JAR%.jar}-cds")
bench_java 1g dev.newswatch.bench.ingest.IngestVsNewsboatBench --newswatch-jar "$NEWSWATCH_JAR" "$@"
