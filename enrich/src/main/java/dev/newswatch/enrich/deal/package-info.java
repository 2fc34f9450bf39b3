/**
 * Deal extraction from news text in English, Italian, German, French and Spanish: {@link
 * dev.newswatch.enrich.deal.MoneyParser} finds amounts of money with their currency and qualifier,
 * {@link dev.newswatch.enrich.deal.DealExtractor} turns sentences that report an investment, acquisition,
 * funding round, contract or secondary sale into {@link dev.newswatch.core.model.Deal} records using the
 * entity mentions found by the linker, and {@link dev.newswatch.enrich.deal.DealEvaluation} scores any deal
 * detector against a labelled JSONL set. Everything here is a pure function of its input: no I/O except
 * the evaluation's explicit file reading, no clock, no shared mutable state.
 */
package dev.newswatch.enrich.deal;
