/**
 * Full-text extraction: the article body, headline and publication date of a news page, read with jsoup.
 *
 * <p>{@link dev.newswatch.ingest.fulltext.ArticleExtractor} takes the body from the page's JSON-LD
 * {@code articleBody} when it has one and otherwise scores the page's blocks by paragraph and link density.
 * {@link dev.newswatch.ingest.fulltext.FullTextPolicy} decides when an item's feed text is a teaser worth
 * fetching the page for.
 */
package dev.newswatch.ingest.fulltext;
