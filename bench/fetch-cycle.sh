#!/usr/bin/env bash
# Ingest benchmark: two poll cycles over N distinct local RSS feeds (20 items each) through the real ingest
# service on the embedded broker. Cycle 1: every feed answers 200 and its articles are committed; cycle 2:
# every feed answers 304 Not Modified. Prints a table; see docs/PERFORMANCE.md.
#
# Usage: bench/fetch-cycle.sh [--feeds 1000] [--items 20] [--threads 8] [--server-threads 4] [--timeout-seconds 600]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_jar
bench_java 1g dev.newswatch.bench.ingest.FetchCycleBench "$@"
