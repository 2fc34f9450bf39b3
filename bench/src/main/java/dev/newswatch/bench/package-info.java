/**
 * Performance benchmarks, run by hand through {@code bench/*.sh}, never by the build. Here, those of the enrich
 * stage: {@link dev.newswatch.bench.EnrichBenchmark} (JMH, the enrichment function against a plain character loop)
 * and {@link dev.newswatch.bench.EndToEndBench} (the production topology on the embedded broker against a bare
 * pass-through Streams application); the other stages' benchmarks are in the sub-packages, and what they all
 * repeat is in {@link dev.newswatch.bench.harness}. Results and how to read them: {@code docs/PERFORMANCE.md}.
 */
package dev.newswatch.bench;
