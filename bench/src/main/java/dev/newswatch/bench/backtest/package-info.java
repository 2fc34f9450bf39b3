/**
 * The backtest benchmark, run by hand through {@code bench/backtest.sh}: a generated archive read and backtested
 * with a rule set ({@link dev.newswatch.bench.backtest.BacktestBench}). Results: {@code docs/PERFORMANCE.md}.
 */
package dev.newswatch.bench.backtest;
