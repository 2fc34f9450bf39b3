package dev.newswatch.ingest.normalize;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML from feeds as plain text or as sanitised HTML, with jsoup's HTML parser (which loads nothing).
 *
 * <p>{@link #toText} decodes entities, drops tags, scripts and styles, turns block elements and
 * {@code <br>} into line breaks, collapses other whitespace (including no-break spaces) to single spaces and
 * removes invisible characters (zero-width spaces, soft hyphens, control characters). {@link #sanitize}
 * keeps the tags of jsoup's {@link Safelist#relaxed()} list without scripts, event handlers or
 * {@code javascript:} links.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
            "thead", "tr", "ul");
    private static final Set<String> CELLS = Set.of("td", "th");

    /** Never mutated after construction: jsoup only reads a safelist while cleaning. */
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private HtmlText() {
    }

    /**
     * The plain text of {@code html}: paragraphs on their own lines, spaces collapsed, trimmed; empty for
     * null or blank input.
     */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        // Most feed titles and many descriptions hold no markup at all: jsoup would give them back unchanged. Many
        // others are paragraphs and line breaks only, whose text needs no tree either. Both are read from a char
        // array: String.charAt and StringBuilder.append(char) check the index and the string's coder on every
        // character, which the first JIT tier that ingest runs on does not remove.
        char[] chars = html.toCharArray();
        if (isPlainText(chars)) {
            return clean(chars, chars.length);
        }
        char[] text = new char[chars.length];
        int length = simpleMarkupText(html, chars, text);
        return length >= 0 ? clean(text, length) : clean(parsedText(html));
    }

    /** {@link #toText} on one line: line breaks become spaces. For titles, names and categories. */
    public static String toLine(String html) {
        return toText(html).replace('\n', ' ');
    }

    /**
     * {@code html} cleaned to a safe subset. Links and image sources are made absolute against {@code baseUri};
     * relative ones are removed when {@code baseUri} is null, since their protocol cannot be checked. Links get
     * {@code rel="nofollow noopener noreferrer"}. Null when the input or the result is blank.
     */
    public static String sanitize(String html, String baseUri) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, baseUri == null ? "" : baseUri.strip(), SAFELIST, output);
        return clean.isBlank() ? null : clean.strip();
    }

    /** The text nodes of {@code html} as jsoup reads it, with line breaks and spaces for blocks and cells. */
    static CharSequence parsedText(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        StringBuilder text = new StringBuilder(html.length());
        NodeTraversor.traverse(new TextCollector(text), document.body());
        return text;
    }

    /**
     * True when jsoup would read {@code html} as one text node holding exactly {@code html}: no tag, no
     * character reference, and none of the characters whose handling is jsoup's business (carriage return, NUL).
     */
    static boolean isPlainText(String html) {
        return isPlainText(html.toCharArray());
    }

    private static boolean isPlainText(char[] html) {
        for (char c : html) {
            if (c == '<' || c == '&' || c == '\r' || c == '\0') {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of {@code html} as {@link #parsedText} gives it, up to white space that {@link #clean} collapses, when
     * {@code html} is text and these tags only, written plainly: {@code <p>}, {@code </p>}, {@code <br>}, {@code <br/>},
     * {@code <br />}, {@code </br>}, and {@code <b>}, {@code <i>}, {@code <em>}, {@code <strong>} and their end tags.
     * Null for anything else (another tag, an attribute, a comment, a character reference, a carriage return or NUL),
     * which is jsoup's business.
     *
     * <p>Why no tree is needed: with these tags jsoup keeps the text in document order. A paragraph starts where
     * its start tag is and ends at its end tag, at the next paragraph's start or at the end (a stray end tag makes an
     * empty paragraph there); a line break is one line break. So a line break at each of these tags, and nothing at the
     * inline ones, gives the same text once runs of white space are collapsed.
     */
    static CharSequence simpleMarkupText(String html) {
        char[] text = new char[html.length()];
        int length = simpleMarkupText(html, html.toCharArray(), text);
        return length < 0 ? null : new String(text, 0, length);
    }

    /**
     * {@link #simpleMarkupText(String)} of {@code html}, whose characters are {@code chars}, written to the start of
     * {@code text} (as long as {@code chars}: a tag of at least three characters gives at most one); its length, or -1
     * where that gives null.
     */
    private static int simpleMarkupText(String html, char[] chars, char[] text) {
        int length = chars.length;
        int n = 0;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            if (c == '&' || c == '\r' || c == '\0') {
                return -1;
            }
            if (c != '<') {
                text[n++] = c;
                i++;
                continue;
            }
            int end = html.indexOf('>', i);
            if (end < 0) {
                return -1;
            }
            SimpleTag tag = SimpleTag.of(html, i + 1, end);
            if (tag == null) {
                return -1;
            }
            if (tag == SimpleTag.BREAK) {
                text[n++] = '\n';
            }
            i = end + 1;
        }
        return n;
    }

    /** The tags {@link #simpleMarkupText} reads: those that break the line, and inline ones that add nothing. */
    private enum SimpleTag {
        BREAK, INLINE;

        private static final List<String> BREAKS = List.of("p", "/p", "br", "br/", "br /", "/br");
        private static final List<String> INLINES = List.of("b", "/b", "i", "/i", "em", "/em", "strong", "/strong");

        /** The tag written between {@code start} and {@code end} of {@code html}, or null when it is another. */
        static SimpleTag of(String html, int start, int end) {
            int length = end - start;
            if (matches(BREAKS, html, start, length)) {
                return BREAK;
            }
            return matches(INLINES, html, start, length) ? INLINE : null;
        }

        private static boolean matches(List<String> names, String html, int start, int length) {
            for (String name : names) {
                if (name.length() == length && html.startsWith(name, start)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Removes invisible characters, turns each run of white space (no-break spaces included) into one line break
     * when it holds one and into one space otherwise, and strips the ends. One pass over {@code raw}, which is
     * text already (no markup is read).
     */
    public static String clean(CharSequence raw) {
        int length = raw.length();
        char[] chars = new char[length];
        if (raw instanceof String string) {
            string.getChars(0, length, chars, 0);
        } else if (raw instanceof StringBuilder builder) {
            builder.getChars(0, length, chars, 0);
        } else {
            for (int i = 0; i < length; i++) {
                chars[i] = raw.charAt(i);
            }
        }
        return clean(chars, length);
    }

    /**
     * {@link #clean(CharSequence)} of the first {@code length} characters of {@code raw}. Each run of characters gives
     * at most one, so the text fits in {@code length}.
     */
    private static String clean(char[] raw, int length) {
        char[] text = new char[length];
        int n = 0;
        boolean inSpace = false;
        boolean lineBreak = false;
        for (int i = 0; i < length; i++) {
            char c = raw[i];
            boolean printableAscii = c > ' ' && c < '\u007F';
            if (!printableAscii && isInvisible(c)) {
                continue;
            }
            if (!printableAscii && (c == '\n' || isHorizontalSpace(c))) {
                inSpace = true;
                lineBreak |= c == '\n';
                continue;
            }
            if (inSpace) {
                text[n++] = lineBreak ? '\n' : ' ';
                inSpace = false;
                lineBreak = false;
            }
            text[n++] = c;
        }
        if (inSpace) {
            text[n++] = lineBreak ? '\n' : ' ';
        }
        return new String(text, 0, n).strip();
    }

    /** Control characters except tab, line feed, form feed and carriage return; soft hyphen; zero-width marks. */
    private static boolean isInvisible(char c) {
        return (c <= '\u001F' && c != '\t' && c != '\n' && c != '\f' && c != '\r')
                || (c >= '\u007F' && c <= '\u009F')
                || c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    /** White space other than a line feed: space, tab, form feed, carriage return and the space separators. */
    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\r'
                || (c >= '\u00A0' && Character.getType(c) == Character.SPACE_SEPARATOR);
    }

    /** Appends text nodes and a line break around every block element. */
    private record TextCollector(StringBuilder text) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("br") || BLOCKS.contains(name)) {
                    text.append('\n');
                } else if (CELLS.contains(name)) {
                    text.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (BLOCKS.contains(name)) {
                    text.append('\n');
                } else if (CELLS.contains(name)) {
                    text.append(' ');
                }
            }
        }
    }
}
