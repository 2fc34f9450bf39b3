package dev.newswatch.alerts.channel;

/**
 * Flattens untrusted text for places that take one line: mail headers, subjects, plain-text bodies.
 *
 * <p>Control characters (including CR and LF), Unicode line and paragraph separators and bidirectional
 * override characters become spaces; runs of white space collapse to one space. Stateless and
 * thread-safe.
 */
public final class PlainText {

    private static final String ELLIPSIS = "\u2026";

    private PlainText() {
    }

    /**
     * Returns {@code text} on one line, trimmed, at most {@code maxLength} characters (cut with an
     * ellipsis, never inside a surrogate pair). Null becomes the empty string.
     *
     * @param text      untrusted text, may be null
     * @param maxLength the longest result allowed, at least 2
     * @return the flattened text, never null
     */
    public static String oneLine(String text, int maxLength) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must be at least 2, got " + maxLength);
        }
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength + 1));
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
            if (out.length() > maxLength) {
                break;
            }
        }
        if (out.length() <= maxLength) {
            return out.toString();
        }
        int cut = maxLength - ELLIPSIS.length();
        if (Character.isHighSurrogate(out.charAt(cut - 1))) {
            cut--;
        }
        return out.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    /**
     * Tells whether {@code text} holds a character that {@link #oneLine} would replace: a control
     * character, a line or paragraph separator or a bidirectional override.
     *
     * @param text any text, may be null (then false)
     * @return true when the text is not safe to put on one line as it is
     */
    public static boolean hasControl(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnsafe(char c) {
        return Character.isISOControl(c)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F';
    }
}
