/** JSON serialisation of topic records: one mapper, one serde type. */
package dev.newswatch.core.serde;
