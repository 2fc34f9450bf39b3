#!/usr/bin/env bash
# Alert latency benchmark: the production alerter (AlertsWiring) on the embedded broker with one signed-webhook
# subscription to a receiver on 127.0.0.1; alerts are produced at a steady rate and the receiver notes when each
# call arrives. Prints p50/p90/p99/max from alert produced to webhook received; see docs/PERFORMANCE.md.
#
# Usage: bench/alert-latency.sh [--alerts 500] [--rate 50] [--warmup 50] [--timeout-seconds 120]
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
java ${NEWSWATCH_JAVA_OPTS:--Xmx1g} -cp "$WORK/newswatch.jar" dev.newswatch.app.bench.AlertLatencyBench "$@"
