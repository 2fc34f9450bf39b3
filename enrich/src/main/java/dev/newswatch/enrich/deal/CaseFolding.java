package dev.newswatch.enrich.deal;

/**
 * Lower-cases text once per article so that every pattern of this package runs without case folding per
 * match: character by character with {@link Character#toLowerCase(char)}, which uses no locale (a Turkish
 * JVM still lowers "I" to "i") and never changes the length, so offsets found in the lowered text are
 * offsets in the original. Stateless.
 */
final class CaseFolding {

    private CaseFolding() {
    }

    static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
