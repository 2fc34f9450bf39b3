/**
 * What every benchmark of this module repeats, written once: command-line options ({@link
 * dev.newswatch.bench.harness.BenchOptions}), a temporary working directory deleted afterwards ({@link
 * dev.newswatch.bench.harness.WorkDir}), percentiles of a latency sample ({@link
 * dev.newswatch.bench.harness.Percentiles}), CPU time ({@link dev.newswatch.bench.harness.CpuTime}) and sends
 * paced on a fixed schedule ({@link dev.newswatch.bench.harness.FixedRate}).
 */
package dev.newswatch.bench.harness;
