/**
 * Deal extraction from news text in English, Italian, German, French and Spanish.
 *
 * <p>{@link dev.newswatch.enrich.deal.MoneyParser} finds amounts of money with their currency and
 * qualifier; {@link dev.newswatch.enrich.deal.DealExtractor} turns the sentences that report an
 * investment, acquisition, funding round, contract or secondary sale into
 * {@link dev.newswatch.core.model.Deal} records, reading who pays whom from the deal word, the prepositions
 * around the entity mentions the linker found, passive voice and anaphors, and leaving out valuations,
 * revenue, fines and the like; {@link dev.newswatch.enrich.deal.UsdRates} converts to US dollars; and
 * {@link dev.newswatch.enrich.deal.DealEvaluation} scores any deal detector against a labelled JSONL set.
 * The package-private classes are the parts of the extractor: the per-language word lists
 * ({@code MoneyLexicon}, {@code DealLexicon}), sentence and clause reading, anchor choice, role reading,
 * distractor filtering and de-duplication.
 *
 * <p>Everything here is a pure function of its input: no I/O except the evaluation's explicit file reading,
 * no clock, no shared mutable state; every public class is thread-safe.
 */
package dev.newswatch.enrich.deal;
