/**
 * What operators see: the HTTP endpoint of every long-running process ({@code /metrics} in the Prometheus
 * format, {@code /health} readiness, {@code /health/live}), its health checks, and the data and layout of
 * {@code newswatch status}.
 */
package dev.newswatch.app.ops;
