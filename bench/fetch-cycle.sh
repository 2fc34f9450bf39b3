#!/usr/bin/env bash
# Ingest benchmark: two poll cycles over N distinct local RSS feeds (20 items each) through the real ingest
# service on the embedded broker. Cycle 1: every feed answers 200 and its articles are committed; cycle 2:
# every feed answers 304 Not Modified. Prints a table; see docs/PERFORMANCE.md.
#
# Usage: bench/fetch-cycle.sh [--feeds 1000] [--items 20] [--threads 8] [--server-threads 4] [--timeout-seconds 600]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# The launcher rebuilds app/target/newswatch.jar when the sources are newer than it.
bin/newswatch --version >/dev/null

# Run a private copy: another build in this checkout may rewrite app/target/newswatch.jar mid-run.
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp app/target/newswatch.jar "$WORK/newswatch.jar"

# Per-feed INFO lines would dominate the output (and cost time): show warnings only unless asked.
export NEWSWATCH_LOG_LEVEL="${NEWSWATCH_LOG_LEVEL:-WARN}"
java ${NEWSWATCH_JAVA_OPTS:--Xmx1g} -cp "$WORK/newswatch.jar" dev.newswatch.app.bench.FetchCycleBench "$@"
