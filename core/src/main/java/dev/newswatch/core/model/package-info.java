/**
 * The records that travel on Newswatch topics. Every key and value is an immutable record whose compact
 * constructor checks its invariants; all of them serialise to readable JSON through
 * {@link dev.newswatch.core.serde.JsonSerde}.
 */
package dev.newswatch.core.model;
