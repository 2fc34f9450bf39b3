package dev.newswatch.enrich.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Normalises article text once, before any matching: lower case with the root locale's rules (never the
 * default locale, so a Turkish JVM reads "INVESTIMENTO" as "investimento"), no diacritics (NFD, then
 * combining marks removed; ß → ss, æ → ae, œ → oe, ø → o, ł → l, đ → d, dotless ı → i), typographic
 * apostrophes and accents (’ ‘ ‚ ‛ ´ ` ′ ʼ) → {@code '}, typographic double quotes and guillemets
 * (“ ” „ « » ″) → {@code "}, dashes and the minus sign (‐ ‑ ‒ – — ― −) → {@code -}, every Unicode space
 * separator (non-breaking, thin, ideographic...) → a plain space, line and paragraph separators →
 * {@code \n}; format characters (zero-width space and joiners, soft hyphen, byte-order mark) are dropped.
 * Line breaks are kept, runs of spaces are not collapsed.
 *
 * <p>The result keeps, for every normalised character, the original characters it came from (see
 * {@link NormalizedText}). Normalising already normalised text returns the same text. Stateless and
 * thread-safe.
 */
public final class TextNormalizer {

    /** Code points below this are normalised through a table computed once. */
    private static final int TABLE_LIMIT = 0x3000;
    private static final String[] TABLE = new String[TABLE_LIMIT];

    static {
        for (int cp = 0; cp < TABLE_LIMIT; cp++) {
            TABLE[cp] = compute(cp);
        }
    }

    private TextNormalizer() {
    }

    /**
     * Normalises {@code original}.
     *
     * @param original the text as received; not null
     * @return the normalised text with its offset map; never null
     */
    public static NormalizedText normalize(String original) {
        Objects.requireNonNull(original, "original");
        int n = original.length();
        Output out = new Output(n);
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            if (c < 0x80 && c != '`') {
                // a run of ASCII, most of every text: one character each, lowered in place
                i = out.appendAscii(original, i, n);
                continue;
            }
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String replacement = cp < TABLE_LIMIT ? TABLE[cp] : compute(cp);
            if (replacement.isEmpty()) {
                if (isCombiningMark(cp)) {
                    out.extendLast(i, next);
                }
            } else {
                for (int k = 0; k < replacement.length(); k++) {
                    out.append(replacement.charAt(k), i, next);
                }
            }
            i = next;
        }
        return out.toNormalizedText(original);
    }

    /** The normalised form of one code point: usually one char, sometimes two (ß → ss), empty when dropped. */
    private static String compute(int cp) {
        String special = special(cp);
        if (special != null) {
            return special;
        }
        int type = Character.getType(cp);
        if (type == Character.SPACE_SEPARATOR) {
            return " ";
        }
        if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || cp == 0x85) {
            return "\n";
        }
        if (type == Character.FORMAT || isCombiningMark(cp)) {
            return "";
        }
        if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        String lower = new String(Character.toChars(Character.toLowerCase(cp)));
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(part -> {
            if (isCombiningMark(part)) {
                return;
            }
            String partSpecial = special(part);
            if (partSpecial != null) {
                kept.append(partSpecial);
            } else {
                kept.appendCodePoint(Character.toLowerCase(part));
            }
        });
        return kept.toString();
    }

    /** Letters without a canonical decomposition, and the punctuation folded to ASCII. */
    private static String special(int cp) {
        return switch (cp) {
            case 'ß', 'ẞ' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ' -> "d";
            case 'ı' -> "i";
            case '’', '‘', '‚', '‛', '´', '`', '′', 'ʼ', '‹', '›' -> "'";
            case '“', '”', '„', '‟', '«', '»', '″' -> "\"";
            case '‐', '‑', '‒', '–', '—', '―', '−' -> "-";
            default -> null;
        };
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * A growable char buffer with the two offset maps beside it. The maps are made only at the first character that
     * does not map to the original character at its own index: most texts never have one (every ASCII character,
     * accented letter or typographic quote maps one to one), and for them two int arrays the size of the text are
     * neither filled nor allocated.
     */
    private static final class Output {
        private char[] chars;
        /** Null while character k of the output came from character k of the original, for every k below size. */
        private int[] starts;
        private int[] ends;
        private int size;

        Output(int capacity) {
            // a little room past the original's length: a text with an expansion (ß → ss, æ → ae) would otherwise
            // copy its buffer and both maps when it grows past the original, and copy them again to trim them
            chars = new char[capacity + (capacity >> 4) + 16];
        }

        void append(char c, int originalStart, int originalEnd) {
            if (size == chars.length) {
                grow();
            }
            if (starts == null && (originalStart != size || originalEnd != size + 1)) {
                makeMaps();
            }
            chars[size] = c;
            if (starts != null) {
                starts[size] = originalStart;
                ends[size] = originalEnd;
            }
            size++;
        }

        /**
         * Appends the ASCII characters of {@code original} from {@code from} up to the first that is not ASCII or is
         * a backtick, lowered, each mapping to itself; returns where it stopped.
         */
        int appendAscii(String original, int from, int to) {
            if (starts == null && size != from) {
                makeMaps();
            }
            int i = from;
            while (true) {
                if (size == chars.length) {
                    grow();
                }
                // up to the room left, in locals: a loop the JIT keeps free of field reloads and capacity checks
                char[] out = chars;
                int[] outStarts = starts;
                int[] outEnds = ends;
                int at = size;
                int limit = Math.min(to, i + (out.length - at));
                if (outStarts == null) {
                    // no maps yet: at == i throughout
                    while (i < limit) {
                        char c = original.charAt(i);
                        if (c >= 0x80 || c == '`') {
                            size = at;
                            return i;
                        }
                        out[at] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                        at++;
                        i++;
                    }
                } else {
                    while (i < limit) {
                        char c = original.charAt(i);
                        if (c >= 0x80 || c == '`') {
                            size = at;
                            return i;
                        }
                        out[at] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                        outStarts[at] = i;
                        outEnds[at] = i + 1;
                        at++;
                        i++;
                    }
                }
                size = at;
                if (i >= to) {
                    return i;
                }
            }
        }

        /** The maps of the characters so far, each from the original character at its own index. */
        private void makeMaps() {
            starts = new int[chars.length];
            ends = new int[chars.length];
            for (int k = 0; k < size; k++) {
                starts[k] = k;
                ends[k] = k + 1;
            }
        }

        private void grow() {
            int grown = chars.length + (chars.length >> 1) + 1;
            chars = Arrays.copyOf(chars, grown);
            if (starts != null) {
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
        }

        /** A combining mark written separately belongs to the character before it, when it is adjacent. */
        void extendLast(int markStart, int markEnd) {
            if (size > 0 && (starts == null ? size : ends[size - 1]) == markStart) {
                if (starts == null) {
                    makeMaps();
                }
                for (int k = size - 1; k >= 0 && ends[k] == markStart; k--) {
                    ends[k] = markEnd;
                }
            }
        }

        NormalizedText toNormalizedText(String original) {
            if (starts == null) {
                return new NormalizedText(original, new String(chars, 0, size));
            }
            // the maps are handed over as they are, untrimmed (NormalizedText reads only the entries of its text):
            // no one else holds them
            return new NormalizedText(original, new String(chars, 0, size), starts, ends);
        }
    }
}
