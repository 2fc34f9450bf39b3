/**
 * The pipeline's own meters ({@link dev.newswatch.core.metrics.PipelineMetrics}): what each stage counts and
 * times, registered on a Micrometer registry that the process exposes, or on nothing at all.
 */
package dev.newswatch.core.metrics;
