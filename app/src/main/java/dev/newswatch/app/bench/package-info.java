/**
 * Benchmarks run by hand through {@code bench/*.sh}, not by the build: each is a {@code main} class that
 * prints a small table of measured numbers (see {@code docs/PERFORMANCE.md}).
 */
package dev.newswatch.app.bench;
