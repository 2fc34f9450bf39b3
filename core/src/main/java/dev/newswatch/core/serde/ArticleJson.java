package dev.newswatch.core.serde;

import dev.newswatch.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An {@link Article} as the bytes {@link Json#mapper()} writes for it, without the mapper: the ingester writes
 * every article it commits, and the mapper's general bean path costs several times more.
 *
 * <p>The bytes are the mapper's, byte for byte: the record's components in declaration order; in strings,
 * {@code "} and {@code \} escaped with a backslash, control characters below U+0020 as {@code \b \t \n \f \r} or
 * {@code \}{@code u00XX}, surrogates (paired or not) as {@code \}{@code uXXXX} with upper-case hex digits, everything
 * else as UTF-8; instants as ISO-8601 in UTC ({@link Instant#toString()}); a null {@code contentHtml} as
 * {@code null}. {@code ArticleJsonTest} compares the two on literal and random articles.
 *
 * <p>Stateless and thread-safe.
 */
final class ArticleJson {

    private static final byte[] HEX = ascii("0123456789ABCDEF");
    private static final long SECONDS_PER_DAY = 86_400;
    private static final byte[] OPEN_ID = ascii("{\"id\":");
    private static final byte[] FEED_ID = ascii(",\"feedId\":");
    private static final byte[] SOURCE = ascii(",\"source\":");
    private static final byte[] URL = ascii(",\"url\":");
    private static final byte[] TITLE = ascii(",\"title\":");
    private static final byte[] SUMMARY = ascii(",\"summary\":");
    private static final byte[] CONTENT_HTML = ascii(",\"contentHtml\":");
    private static final byte[] NULL = ascii("null");
    private static final byte[] PUBLISHED = ascii(",\"published\":");
    private static final byte[] FETCHED = ascii(",\"fetched\":");
    private static final byte[] LANGUAGE = ascii(",\"language\":");
    private static final byte[] AUTHORS = ascii(",\"authors\":");
    private static final byte[] CATEGORIES = ascii(",\"categories\":");
    private static final byte[] PAGE_TEXT = ascii(",\"pageText\":");
    private static final byte[] CLOSE = ascii("}");
    private static final int LAST_FOUR_DIGIT_YEAR = 9_999;

    private ArticleJson() {
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The JSON of {@code article}, as UTF-8. */
    static byte[] write(Article article) {
        Out out = new Out(256 + article.summary().length() + article.title().length()
                + (article.contentHtml() == null ? 0 : article.contentHtml().length()) + article.pageText().length());
        out.raw(OPEN_ID);
        out.string(article.id());
        out.raw(FEED_ID);
        out.string(article.feedId());
        out.raw(SOURCE);
        out.string(article.source());
        out.raw(URL);
        out.string(article.url());
        out.raw(TITLE);
        out.string(article.title());
        out.raw(SUMMARY);
        out.string(article.summary());
        out.raw(CONTENT_HTML);
        if (article.contentHtml() == null) {
            out.raw(NULL);
        } else {
            out.string(article.contentHtml());
        }
        out.raw(PUBLISHED);
        out.instant(article.published());
        out.raw(FETCHED);
        out.instant(article.fetched());
        out.raw(LANGUAGE);
        out.string(article.language());
        out.raw(AUTHORS);
        out.strings(article.authors());
        out.raw(CATEGORIES);
        out.strings(article.categories());
        out.raw(PAGE_TEXT);
        out.string(article.pageText());
        out.raw(CLOSE);
        return out.bytes();
    }

    /** A growing byte buffer with the writers of the JSON values an article holds. */
    private static final class Out {
        private byte[] buf;
        private int len;

        Out(int capacity) {
            buf = new byte[capacity];
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, len);
        }

        private void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        private void put(int b) {
            buf[len++] = (byte) b;
        }

        /** ASCII text, as it is. */
        void raw(byte[] ascii) {
            ensure(ascii.length);
            System.arraycopy(ascii, 0, buf, len, ascii.length);
            len += ascii.length;
        }

        void strings(List<String> values) {
            ensure(1);
            put('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    ensure(1);
                    put(',');
                }
                string(values.get(i));
            }
            ensure(1);
            put(']');
        }

        /**
         * A quoted, escaped string. Room is kept for the rest of it as one byte per character, the common case; each
         * other character makes room for its own escape or UTF-8 bytes (at most six).
         */
        void string(String s) {
            int length = s.length();
            ensure(length + 2);
            byte[] b = buf;
            int n = len;
            b[n++] = '"';
            for (int i = 0; i < length; i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                    b[n++] = (byte) c;
                    continue;
                }
                len = n;
                ensure(6 + length - i + 1);
                special(c);
                b = buf;
                n = len;
            }
            b[n++] = '"';
            len = n;
        }

        /** A character that is not printable ASCII, or a quote or backslash. */
        private void special(char c) {
            if (c == '"' || c == '\\') {
                put('\\');
                put(c);
            } else if (c < 0x20) {
                control(c);
            } else if (c < 0x800) {
                put(0xC0 | (c >> 6));
                put(0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                unicodeEscape(c);
            } else {
                put(0xE0 | (c >> 12));
                put(0x80 | ((c >> 6) & 0x3F));
                put(0x80 | (c & 0x3F));
            }
        }

        private void control(char c) {
            char shortForm = switch (c) {
                case '\b' -> 'b';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\f' -> 'f';
                case '\r' -> 'r';
                default -> 0;
            };
            if (shortForm != 0) {
                put('\\');
                put(shortForm);
            } else {
                unicodeEscape(c);
            }
        }

        private void unicodeEscape(char c) {
            put('\\');
            put('u');
            put(HEX[(c >> 12) & 0xF]);
            put(HEX[(c >> 8) & 0xF]);
            put(HEX[(c >> 4) & 0xF]);
            put(HEX[c & 0xF]);
        }

        /** {@link Instant#toString()} in quotes, written directly for the years 0 to 9999. */
        void instant(Instant instant) {
            long epochDay = Math.floorDiv(instant.getEpochSecond(), SECONDS_PER_DAY);
            int secondOfDay = (int) Math.floorMod(instant.getEpochSecond(), SECONDS_PER_DAY);
            LocalDate date = epochDay >= LocalDate.MIN.toEpochDay() && epochDay <= LocalDate.MAX.toEpochDay()
                    ? LocalDate.ofEpochDay(epochDay) : null;
            if (date == null || date.getYear() < 0 || date.getYear() > LAST_FOUR_DIGIT_YEAR) {
                string(instant.toString());
                return;
            }
            ensure(32);
            put('"');
            digits(date.getYear(), 4);
            put('-');
            digits(date.getMonthValue(), 2);
            put('-');
            digits(date.getDayOfMonth(), 2);
            put('T');
            digits(secondOfDay / 3_600, 2);
            put(':');
            digits(secondOfDay / 60 % 60, 2);
            put(':');
            digits(secondOfDay % 60, 2);
            int nanos = instant.getNano();
            if (nanos > 0) {
                // As ISO_INSTANT: the fraction in as many groups of three digits as it needs.
                put('.');
                if (nanos % 1_000_000 == 0) {
                    digits(nanos / 1_000_000, 3);
                } else if (nanos % 1_000 == 0) {
                    digits(nanos / 1_000, 6);
                } else {
                    digits(nanos, 9);
                }
            }
            put('Z');
            put('"');
        }

        private void digits(int value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                buf[len + i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            len += count;
        }
    }
}
