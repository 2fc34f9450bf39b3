/**
 * Performance benchmarks of the enrich stage, run by hand through {@code bench/enrich-*.sh}, never by the build:
 * {@link dev.newswatch.bench.EnrichBenchmark} (JMH, the enrichment function against a plain character loop) and
 * {@link dev.newswatch.bench.EndToEndBench} (the production topology on the embedded broker against a bare
 * pass-through Streams application). Results and how to read them: {@code docs/PERFORMANCE.md}.
 */
package dev.newswatch.bench;
