/**
 * Inputs of the benchmarks: realistic news articles in English, Italian, German, French and Spanish generated
 * from sentence templates with real company names ({@link dev.newswatch.bench.corpus.NewsCorpus}), and
 * made-up entities that enlarge the entity table ({@link dev.newswatch.bench.corpus.SyntheticEntities}).
 * Everything is deterministic for a given seed, so two runs measure the same bytes.
 */
package dev.newswatch.bench.corpus;
