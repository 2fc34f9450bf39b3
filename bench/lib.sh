#!/usr/bin/env bash
# Sourced by every script in bench/ (after `set -euo pipefail`): what they all repeat, written once.
#   - the working directory becomes the repository root (config/ is read from there), BENCH_ROOT names it;
#   - NEWSWATCH_LOG_LEVEL defaults to WARN: per-record INFO lines would dominate the output and cost time;
#   - bench_tmpdir VAR / bench_tmpfile VAR SUFFIX: temporary paths, all removed on exit;
#   - bench_jar: builds bench/target/benchmarks.jar when it is missing or older than any source, then copies it to
#     a private temporary file, BENCH_JAR (bench is part of the root reactor, so a build started elsewhere in the
#     checkout replaces the jar, or leaves it unshaded for a while, under a running benchmark);
#   - bench_java HEAP CLASS ARGS...: runs a main class of BENCH_JAR with NEWSWATCH_JAVA_OPTS (default -XmxHEAP)
#     and logback-bench.xml (logs on stderr, tables on stdout);
#   - bench_cli: makes sure app/target/newswatch.jar is current (bin/newswatch rebuilds it when needed), for the
#     scripts that time the newswatch command itself.

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$BENCH_ROOT"
export NEWSWATCH_LOG_LEVEL="${NEWSWATCH_LOG_LEVEL:-WARN}"

BENCH_TMP=()
bench_cleanup() {
    if [ "${#BENCH_TMP[@]}" -gt 0 ]; then
        rm -rf "${BENCH_TMP[@]}"
    fi
}
trap bench_cleanup EXIT

# bench_tmpdir VAR: a new temporary directory in VAR, removed on exit.
bench_tmpdir() {
    local dir
    dir="$(mktemp -d -t newswatch-bench-XXXXXX)"
    BENCH_TMP+=("$dir")
    printf -v "$1" '%s' "$dir"
}

# bench_tmpfile VAR SUFFIX: a new temporary file in VAR, its name ending in SUFFIX, removed on exit.
bench_tmpfile() {
    local file
    file="$(mktemp --suffix="$2")"
    BENCH_TMP+=("$file")
    printf -v "$1" '%s' "$file"
}

BENCH_SHADED_JAR=bench/target/benchmarks.jar

bench_build() {
    echo "building $BENCH_SHADED_JAR ..." >&2
    mvn -B -q -pl bench -am package -DskipTests -Dmaven.test.skip=true -Dbench.shade.skip=false >&2
}

# A shaded jar holds the app and Kafka classes; the plain jar of the bench classes alone does not.
bench_is_shaded() {
    unzip -l "$1" 'dev/newswatch/app/broker/EmbeddedBroker.class' > /dev/null 2>&1
}

bench_jar() {
    if [ ! -f "$BENCH_SHADED_JAR" ] || [ -n "$(find core enrich ingest alerts app bench pom.xml -newer "$BENCH_SHADED_JAR" \
            \( -name '*.java' -o -name '*.yml' -o -name '*.xml' \) -not -path '*/target/*' -print -quit)" ]; then
        bench_build
    fi
    bench_tmpfile BENCH_JAR -benchmarks.jar
    cp "$BENCH_SHADED_JAR" "$BENCH_JAR"
    if ! bench_is_shaded "$BENCH_JAR"; then
        # Another build is between packaging and shading: build it ourselves.
        bench_build
        cp "$BENCH_SHADED_JAR" "$BENCH_JAR"
        if ! bench_is_shaded "$BENCH_JAR"; then
            echo "$BENCH_SHADED_JAR is not the shaded benchmark jar (is another build writing it?); run the script again" >&2
            exit 1
        fi
    fi
}

# bench_java HEAP CLASS ARGS...
bench_java() {
    local heap="$1" main="$2"
    shift 2
    # Word splitting of NEWSWATCH_JAVA_OPTS is wanted: it holds several options.
    # shellcheck disable=SC2086
    java ${NEWSWATCH_JAVA_OPTS:--Xmx$heap} -Dlogback.configurationFile=logback-bench.xml -cp "$BENCH_JAR" "$main" "$@"
}

bench_cli() {
    bin/newswatch --version > /dev/null
}
