/**
 * Turns {@link dev.newswatch.ingest.parse.ParsedFeed} items into core {@link dev.newswatch.core.model.Article}
 * records: canonical URLs and stable ids, plain text and sanitised HTML, event times and languages.
 *
 * <p>{@link dev.newswatch.ingest.normalize.ArticleNormalizer} is the entry point; the other classes are the
 * pure functions it is made of ({@link dev.newswatch.ingest.normalize.UrlCanonicalizer},
 * {@link dev.newswatch.ingest.normalize.ArticleIds}, {@link dev.newswatch.ingest.normalize.HtmlText},
 * {@link dev.newswatch.ingest.normalize.LanguageDetector}). All text is case-folded with {@code Locale.ROOT}.
 */
package dev.newswatch.ingest.normalize;
