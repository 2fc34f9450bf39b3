#!/usr/bin/env bash
# Enrich end-to-end benchmark: the production enrich topology (exactly_once_v2) on the embedded broker, beside
# a bare pass-through Streams application on the same broker: throughput (articles/s from the first send to
# the last output read) and latency p50/p99 (send to read, read_committed) at a steady rate. Prints a table;
# see docs/PERFORMANCE.md. Builds bench/target/benchmarks.jar first when it is missing or older than the sources.
#
# Usage: bench/enrich-e2e.sh [--articles 20000] [--rate 200] [--latency-seconds 20] [--warmup 2000]
#                            [--timeout-seconds 300] [--config config]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_jar
bench_java 2g dev.newswatch.bench.EndToEndBench "$@"
