#!/usr/bin/env bash
# Enrich micro-benchmark (JMH): ArticleEnricher.enrich (tag + link + extract) on one thread over 50 realistic
# articles of 2-5 KB in five languages, with the default entities and with 10,000 synthetic entities added,
# beside a plain character loop over the same texts. Prints JMH's output, then a table with articles/s, MB/s
# and the ratio to the character loop, then the same work in articles per CPU-second of one thread
# (CpuTimeProbe: 6 s warm-up and 3 s measured per line; CPU_SECONDS=0 skips it), which stays meaningful when
# other work shares the cores. See docs/PERFORMANCE.md. Builds bench/target/benchmarks.jar first when it is
# missing or older than the sources.
#
# Usage: bench/enrich-jmh.sh [JMH options]   (default: -f 1 -wi 3 -w 2s -i 5 -r 2s, short enough for 2 cores)
#        BENCH=EnrichStagesBenchmark bench/enrich-jmh.sh   (time of each step: normalise, tag, link, extract)
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_jar
bench_tmpfile RESULTS .json
if [ "$#" -eq 0 ]; then
    set -- -f 1 -wi 3 -w 2s -i 5 -r 2s
fi
# The forked benchmark JVMs inherit the Java options (and the working directory, where config/ is read).
bench_java 1g org.openjdk.jmh.Main "dev.newswatch.bench.${BENCH:-EnrichBenchmark}\\." -rf json -rff "$RESULTS" "$@"
# Then the same work timed in CPU seconds of one thread, which the load of other processes barely moves.
bench_java 1g dev.newswatch.bench.JmhSummary "$RESULTS" --cpu-seconds "${CPU_SECONDS:-3}"
