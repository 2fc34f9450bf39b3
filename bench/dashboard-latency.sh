#!/usr/bin/env bash
# Dashboard latency benchmark: the ops endpoint with its dashboard (Pipeline, no stage) on the embedded broker;
# alerts are committed one per transaction at a steady rate and an /events reader notes when each arrives.
# Prints p50/p90/p99/max from alert committed to SSE event received; see docs/PERFORMANCE.md.
#
# Usage: bench/dashboard-latency.sh [--alerts 300] [--rate 20] [--warmup 30]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_jar
bench_java 1g dev.newswatch.bench.alerts.DashboardLatencyBench "$@"
