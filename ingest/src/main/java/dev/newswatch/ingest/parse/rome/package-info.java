/**
 * ROME parser plugins that read RSS dates faster, registered in the classpath resource {@code /rome.properties}.
 *
 * <p>ROME's {@code DateParser.parseDate} tries nineteen W3C masks before the RFC 822 ones, building a new
 * {@code SimpleDateFormat} for each, so every RSS {@code <pubDate>} costs about twenty of them (and RSS
 * 0.93 and later parse each item's date twice). The parsers here replace ROME's RSS 0.91 Userland, 0.92, 0.93,
 * 0.94 and 2.0 parsers under the same feed types: they take the date elements out of the element while ROME
 * reads it, put them back, and set the dates with {@link dev.newswatch.ingest.parse.rome.RssDates}, which reads
 * the common RFC 822 form directly and hands everything else to ROME's {@code DateParser}. The resulting
 * feeds are the same as ROME's own.
 */
package dev.newswatch.ingest.parse.rome;
