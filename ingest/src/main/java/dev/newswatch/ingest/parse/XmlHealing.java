package dev.newswatch.ingest.parse;

import java.util.Set;

/**
 * Decides when ROME's XML healer ({@code XmlFixerReader}, on by default) can be skipped because the XML parser
 * would read the same document without it. The healer reads the document one character at a time and, in the
 * read phase of a backtest, costs more than the XML parsing it prepares.
 *
 * <p>The healer drops white space and comments before the first element or declaration, rewrites HTML entity
 * references such as {@code &nbsp;} as character references, and turns an {@code &} that starts no reference
 * into {@code &amp;}; it also rewrites references inside CDATA sections, comments and processing instructions,
 * where they are plain text. It changes nothing else. So a document that starts with {@code <?} or an element,
 * and whose every {@code &} starts {@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;}, {@code &apos;}
 * or a numeric character reference, none of them after the first {@code <!} (CDATA, comment) or before the end
 * of a processing instruction, parses to the same document with or without the healer: at most it turns a
 * predefined entity into the character reference of the same character.
 *
 * <p>Stateless and thread-safe.
 */
final class XmlHealing {

    private static final Set<String> PREDEFINED = Set.of("amp", "lt", "gt", "quot", "apos");

    private XmlHealing() {
    }

    /** True unless {@code text} is a document that parses the same without ROME's healer (see above). */
    static boolean isNeeded(String text) {
        if (text.length() < 2 || text.charAt(0) != '<' || text.charAt(1) == '!') {
            return true;
        }
        int firstAmpersand = text.indexOf('&');
        if (firstAmpersand < 0) {
            return false;
        }
        int firstMarkupDeclaration = text.indexOf("<!");
        if (firstMarkupDeclaration >= 0 && firstMarkupDeclaration < text.lastIndexOf('&')) {
            return true;
        }
        if (text.lastIndexOf("?>") > firstAmpersand) {
            return true;
        }
        for (int i = firstAmpersand; i >= 0; i = text.indexOf('&', i + 1)) {
            if (!startsPlainReference(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** True when the {@code &} at {@code at} starts a predefined entity or a numeric character reference. */
    private static boolean startsPlainReference(String text, int at) {
        int end = at + 1;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        if (end == text.length() || text.charAt(end) != ';') {
            return false;
        }
        String name = text.substring(at + 1, end);
        return PREDEFINED.contains(name) || isNumericReference(name);
    }

    /** {@code #} and decimal digits, or {@code #x} and hexadecimal digits. */
    private static boolean isNumericReference(String name) {
        if (name.length() < 2 || name.charAt(0) != '#') {
            return false;
        }
        boolean hex = name.charAt(1) == 'x';
        int start = hex ? 2 : 1;
        if (start == name.length()) {
            return false;
        }
        for (int i = start; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean hexLetter = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!digit && !(hex && hexLetter)) {
                return false;
            }
        }
        return true;
    }

    /** The characters the healer reads as part of a reference name. */
    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#';
    }
}
