/**
 * One-pass multi-keyword matching over normalised text (a trie walked from word starts), keeping only
 * whole-word matches and supporting prefix keywords ({@code investiment*}) for inflected forms. Used by the
 * category tagger and the entity linker; generic in the payload carried by each keyword. Also
 * {@link dev.newswatch.enrich.match.FirstChars}, the characters a pattern's matches can begin with, and
 * {@link dev.newswatch.enrich.match.MatchPrefixes}, their first few characters (worked out past look-arounds), and
 * {@link dev.newswatch.enrich.match.PairStarts}, their first two characters learned as texts are read, so that scans
 * skip the matcher where it cannot match.
 */
package dev.newswatch.enrich.match;
