#!/usr/bin/env bash
# Dashboard latency benchmark: the ops endpoint with its dashboard (Pipeline, no stage) on the embedded broker;
# alerts are committed one per transaction at a steady rate and an /events reader notes when each arrives.
# Prints p50/p90/p99/max from alert committed to SSE event received; see docs/PERFORMANCE.md.
#
# Usage: bench/dashboard-latency.sh [--alerts 300] [--rate 20] [--warmup 30]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# The launcher rebuilds app/target/newswatch.jar when the sources are newer than it.
bin/newswatch --version >/dev/null

# Run a private copy: another build in this checkout may rewrite app/target/newswatch.jar mid-run.
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp app/target/newswatch.jar "$WORK/newswatch.jar"

# Per-alert INFO lines would dominate the output (and cost time): show warnings only unless asked.
export NEWSWATCH_LOG_LEVEL="${NEWSWATCH_LOG_LEVEL:-WARN}"
java ${NEWSWATCH_JAVA_OPTS:--Xmx1g} -cp "$WORK/newswatch.jar" dev.newswatch.app.bench.DashboardLatencyBench "$@"
