/**
 * The ingest benchmark, run by hand through {@code bench/fetch-cycle.sh}: two poll cycles over many local feeds
 * through the production ingest service on the embedded broker ({@link dev.newswatch.bench.ingest.FetchCycleBench}).
 * Results: {@code docs/PERFORMANCE.md}.
 */
package dev.newswatch.bench.ingest;
