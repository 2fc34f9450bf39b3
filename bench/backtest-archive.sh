#!/usr/bin/env bash
# Writes a large generated feed archive for `newswatch backtest` (class ArchiveGenerator): by default a year of
# 1,000 outlets, 100 fetches each, about 1 million distinct articles (1.4 GB of RSS) in /tmp/newswatch-archive,
# outside the repository. Then time the backtest itself, for example:
#   /usr/bin/time -v java -Xmx512m -jar app/target/newswatch.jar backtest --archive /tmp/newswatch-archive --progress
# See docs/PERFORMANCE.md ("Backtest at scale").
#
# Usage: bench/backtest-archive.sh [--out /tmp/newswatch-archive] [--feeds 1000] [--fetches 100] [--items 20]
#            [--days 365] [--deals 5000] [--deal-percent 10] [--money-percent 10] [--config config] [--seed 42]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_jar
bench_java 1g dev.newswatch.bench.backtest.ArchiveGenerator "$@"
