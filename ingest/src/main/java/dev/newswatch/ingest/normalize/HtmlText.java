package dev.newswatch.ingest.normalize;

import java.util.Set;
import java.util.regex.Pattern;
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
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\s\\p{Zs}&&[^\\n]]+");
    private static final Pattern LINE_BREAKS = Pattern.compile(" ?\\n[\\n ]*");

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
        Document document = Jsoup.parseBodyFragment(html);
        StringBuilder text = new StringBuilder(html.length());
        NodeTraversor.traverse(new TextCollector(text), document.body());
        return clean(text);
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

    private static String clean(CharSequence raw) {
        String visible = INVISIBLE.matcher(raw).replaceAll("");
        String spaced = HORIZONTAL_SPACE.matcher(visible).replaceAll(" ");
        return LINE_BREAKS.matcher(spaced).replaceAll("\n").strip();
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
