#!/usr/bin/env bash
# Sourced by the enrich benchmark scripts, from the repository root: builds bench/target/benchmarks.jar (and the
# modules it needs) when it is missing or older than any source, then copies it to a private temporary file,
# BENCH_JAR, removed on exit. The copy matters in a shared checkout: bench is part of the root reactor, so a
# build started elsewhere replaces the jar (or leaves it unshaded for a while) under a running benchmark.
JAR=bench/target/benchmarks.jar

build_benchmarks() {
    echo "building $JAR ..." >&2
    mvn -B -q -pl bench -am package -DskipTests -Dmaven.test.skip=true -Dbench.shade.skip=false >&2
}

# A shaded jar holds the app and Kafka classes; the plain jar of the bench classes alone does not.
is_shaded() {
    unzip -l "$1" 'dev/newswatch/app/broker/EmbeddedBroker.class' > /dev/null 2>&1
}

if [ ! -f "$JAR" ] || [ -n "$(find core enrich ingest alerts app bench pom.xml -newer "$JAR" \
        \( -name '*.java' -o -name '*.yml' -o -name '*.xml' \) -not -path '*/target/*' -print -quit)" ]; then
    build_benchmarks
fi
BENCH_JAR="$(mktemp --suffix=-benchmarks.jar)"
BENCH_TMP_FILES=("$BENCH_JAR")
trap 'rm -f "${BENCH_TMP_FILES[@]}"' EXIT
cp "$JAR" "$BENCH_JAR"
if ! is_shaded "$BENCH_JAR"; then
    # Another build is between packaging and shading: build it ourselves.
    build_benchmarks
    cp "$JAR" "$BENCH_JAR"
    if ! is_shaded "$BENCH_JAR"; then
        echo "$JAR is not the shaded benchmark jar (is another build writing it?); run the script again" >&2
        exit 1
    fi
fi
