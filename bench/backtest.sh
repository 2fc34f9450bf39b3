#!/usr/bin/env bash
# Backtest benchmark: writes an archive of generated RSS feeds (English, Italian and German; one item in five a
# deal between entities of the config's table), then reads it and backtests it with the config's rules, timing
# both phases in wall and CPU seconds. Prints a few lines; see docs/PERFORMANCE.md ("Backtest").
#
# Usage: bench/backtest.sh [--feeds 50] [--fetches 40] [--items 20] [--config config]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_jar
bench_java 2g dev.newswatch.bench.backtest.BacktestBench "$@"
