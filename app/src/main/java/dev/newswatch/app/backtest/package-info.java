/**
 * Backtests and replays: reads a feed archive (or the articles topic), runs it through the real ingest
 * normalisation and the production enrich topology's own logic (called directly, no broker), applies the alert
 * rules, scores the alerts against labels, compares two rule sets, and writes JSON and HTML reports. The
 * live variant ({@link dev.newswatch.app.backtest.LiveReplay}) feeds the same articles to a broker under a
 * topic namespace.
 */
package dev.newswatch.app.backtest;
