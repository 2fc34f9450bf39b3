/**
 * Latency benchmarks of the alerts side, run by hand through {@code bench/alert-latency.sh} and
 * {@code bench/dashboard-latency.sh}: an alert produced to a signed webhook call received
 * ({@link dev.newswatch.bench.alerts.AlertLatencyBench}) and an alert committed to its event on the dashboard's
 * stream ({@link dev.newswatch.bench.alerts.DashboardLatencyBench}). Results: {@code docs/PERFORMANCE.md}.
 */
package dev.newswatch.bench.alerts;
