#!/usr/bin/env bash
# Alert latency benchmark: the production alerter (AlertsWiring) on the embedded broker with one signed-webhook
# subscription to a receiver on 127.0.0.1; alerts are produced at a steady rate and the receiver notes when each
# call arrives. Prints p50/p90/p99/max from alert produced to webhook received; see docs/PERFORMANCE.md.
#
# Usage: bench/alert-latency.sh [--alerts 500] [--rate 50] [--warmup 50] [--timeout-seconds 120]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_jar
bench_java 1g dev.newswatch.bench.alerts.AlertLatencyBench "$@"
