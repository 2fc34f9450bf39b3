package dev.newswatch.ingest.fulltext;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.newswatch.ingest.normalize.HtmlText;
import dev.newswatch.ingest.parse.FeedDates;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the article out of a news page: its body as plain text, its headline and its publication date.
 *
 * <p>The body comes from the page's JSON-LD ({@code <script type="application/ld+json">}) {@code articleBody}
 * when it holds a whole article. Otherwise the page is scored the way readability-style extractors do: scripts,
 * navigation, forms and blocks whose class or id reads like boilerplate (comments, share bars, related links,
 * newsletters) are dropped; every paragraph scores by its length and commas and gives its score to its parent
 * and, halved, to its grandparent; a container's score is cut by the share of its text that is link text; the
 * best container, joined by siblings that score close to it or read like prose, is the article. Inside it,
 * blocks that are mostly links, forms or captions are dropped. Headline and date come from the page's metadata
 * (JSON-LD, Open Graph, {@code <time>}), never from the body.
 *
 * <p>Written for Newswatch rather than taken from a library: the jsoup-based readability ports on Maven Central
 * do not read JSON-LD and score lower on the evaluation pages (docs/PERFORMANCE.md). Stateless and thread-safe;
 * loads nothing (jsoup's parser fetches no resource).
 */
public final class ArticleExtractor {

    /** A JSON-LD body shorter than this (in characters) is a teaser, not the article. */
    private static final int MIN_JSON_LD_BODY = 250;

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "techarticle", "scholarlyarticle",
            "socialmediaposting", "liveblogposting", "report", "posting", "webpage");

    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|\\bad-|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|foot|gdpr|header|legends"
                    + "|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental"
                    + "|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|newsletter|subscribe"
                    + "|signup|promo|outbrain|taboola|recirc|read-more|readmore|most-popular|trending|cookie"
                    + "|consent|modal|toolbar|byline|author-bio|tags|widget|hidden|print-only|nav",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE = Pattern.compile(
            "and|article|body|column|content|main|shadow|story|entry|post|text|blog", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr"
                    + "|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
                    + "|sponsor|shopping|tags|tool|widget|caption|credit|newsletter|subscribe|byline|author",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> REMOVED_TAGS = Set.of(
            "script", "style", "noscript", "iframe", "object", "embed", "svg", "canvas", "template",
            "button", "input", "select", "textarea", "nav", "footer", "aside", "link", "meta", "dialog", "figure",
            "figcaption", "picture", "video", "audio", "map");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> BLOCK_CHILDREN = Set.of(
            "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "h1",
            "h2", "h3", "h4", "h5", "h6", "figure", "header", "main", "aside", "nav", "footer", "form");
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "blockquote", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tr", "ul", "br");

    private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    /**
     * Extracts the article of {@code html}.
     *
     * @param html    the page, never null
     * @param baseUri the page's URL for relative links, may be null
     * @return the article; its text is empty when the page holds none
     */
    public ExtractedArticle extract(String html, String baseUri) {
        return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
    }

    /**
     * Extracts the article of a parsed page; {@code document} is only read.
     *
     * @param document the page, never null
     * @return the article; its text is empty when the page holds none
     */
    public ExtractedArticle extract(Document document) {
        List<JsonNode> linkedData = articleObjects(document);
        String title = title(document, linkedData);
        Instant published = published(document, linkedData);
        String jsonLdBody = jsonLdBody(linkedData);
        String scored = scoredText(document, title);
        if (jsonLdBody.length() >= MIN_JSON_LD_BODY && jsonLdBody.length() * 2 >= scored.length()) {
            return new ExtractedArticle(title, jsonLdBody, published, "json-ld");
        }
        if (scored.isBlank()) {
            return new ExtractedArticle(title, jsonLdBody, published, jsonLdBody.isEmpty() ? "none" : "json-ld");
        }
        return new ExtractedArticle(title, scored, published, "scored");
    }

    // ---- JSON-LD -------------------------------------------------------------------------------------------

    private static List<JsonNode> articleObjects(Document document) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                collectArticles(LENIENT_JSON.readTree(script.data().strip()), found, 0);
            } catch (IOException | RuntimeException malformed) {
                // A page's broken JSON-LD is common and costs only this source of metadata.
            }
        }
        return found;
    }

    private static void collectArticles(JsonNode node, List<JsonNode> found, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collectArticles(child, found, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticleType(node.get("@type"))) {
            found.add(node);
        }
        collectArticles(node.get("@graph"), found, depth + 1);
        collectArticles(node.get("mainEntity"), found, depth + 1);
        collectArticles(node.get("mainEntityOfPage"), found, depth + 1);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isArticleType(each)) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText("").toLowerCase(Locale.ROOT));
    }

    private static String jsonLdBody(List<JsonNode> articles) {
        String best = "";
        for (JsonNode article : articles) {
            JsonNode body = article.get("articleBody");
            if (body == null) {
                body = article.get("text");
            }
            if (body != null && body.isTextual()) {
                String text = HtmlText.toText(body.asText());
                if (text.length() > best.length()) {
                    best = text;
                }
            }
        }
        return best;
    }

    // ---- metadata ------------------------------------------------------------------------------------------

    private static String title(Document document, List<JsonNode> articles) {
        for (JsonNode article : articles) {
            String headline = textField(article, "headline");
            if (!headline.isEmpty()) {
                return headline;
            }
        }
        String og = meta(document, "meta[property=og:title], meta[name=twitter:title]");
        if (!og.isEmpty()) {
            return og;
        }
        Element h1 = document.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return HtmlText.toLine(h1.text());
        }
        return HtmlText.toLine(document.title());
    }

    private static Instant published(Document document, List<JsonNode> articles) {
        List<String> candidates = new ArrayList<>();
        for (JsonNode article : articles) {
            candidates.add(textField(article, "datePublished"));
            candidates.add(textField(article, "dateCreated"));
        }
        candidates.add(meta(document, "meta[property=article:published_time], meta[name=article:published_time]"));
        candidates.add(meta(document, "meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate]"));
        candidates.add(meta(document, "meta[name=date], meta[name=dc.date], meta[name=DC.date.issued]"));
        candidates.add(meta(document, "meta[name=parsely-pub-date], meta[name=sailthru.date]"));
        Element time = document.selectFirst("time[datetime]");
        if (time != null) {
            candidates.add(time.attr("datetime"));
        }
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                Instant parsed = FeedDates.parse(candidate.strip());
                if (parsed != null) {
                    return parsed;
                }
            }
        }
        return null;
    }

    private static String textField(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value != null && value.isValueNode() ? HtmlText.toLine(value.asText()) : "";
    }

    private static String meta(Document document, String query) {
        Element element = document.selectFirst(query);
        return element == null ? "" : HtmlText.toLine(element.attr("content"));
    }

    // ---- content scoring -----------------------------------------------------------------------------------

    private static String scoredText(Document document, String title) {
        Element body = document.body();
        if (body == null) {
            return "";
        }
        Element root = body.clone();
        strip(root);
        Element container = bestContainer(root);
        if (container == null) {
            return "";
        }
        cleanContainer(container);
        // The headline is kept apart from the body.
        for (Element heading : container.select("h1, h2")) {
            if (heading.normalName().equals("h1") || HtmlText.toLine(heading.text()).equals(title)) {
                heading.remove();
            }
        }
        return HtmlText.clean(blockText(container));
    }

    /** Removes what is never article text: scripts, forms, navigation, hidden and boilerplate-named blocks. */
    private static void strip(Element root) {
        for (Element element : root.select("*")) {
            if (element.parent() == null && element != root) {
                continue;
            }
            String name = element.normalName();
            if (REMOVED_TAGS.contains(name) || isHidden(element)) {
                element.remove();
                continue;
            }
            String role = element.attr("role");
            if (role.equals("navigation") || role.equals("complementary") || role.equals("menu")
                    || role.equals("dialog") || role.equals("banner") || role.equals("contentinfo")) {
                element.remove();
                continue;
            }
            if ((name.equals("header") || name.equals("form")) && element.select("p").size() < 3) {
                element.remove();
                continue;
            }
            String match = classAndId(element);
            if (!match.isEmpty() && UNLIKELY.matcher(match).find() && !MAYBE.matcher(match).find()
                    && !name.equals("body") && !name.equals("article") && !name.equals("main")
                    && element.select("p").size() < 4) {
                element.remove();
            }
        }
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")) {
            return true;
        }
        String style = element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static Element bestContainer(Element root) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Element element : root.select("p, pre, td, blockquote, div, section, li")) {
            String name = element.normalName();
            boolean container = name.equals("div") || name.equals("section");
            boolean paragraph = PARAGRAPHS.contains(name) || (container && !hasBlockChild(element));
            String text;
            Element ancestor;
            if (paragraph) {
                text = element.text();
                ancestor = element.parent();
            } else if (container) {
                // Text directly inside a block that also has block children (runs between <br>s) is prose too.
                text = inlineText(element);
                ancestor = element;
            } else {
                continue;
            }
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
                if (ancestor.normalName().equals("#root")) {
                    break;
                }
                double[] slot = scores.computeIfAbsent(ancestor, e -> new double[] {initialScore(e)});
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                slot[0] += score / divider;
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
            double score = entry.getValue()[0] * (1 - linkDensity(entry.getKey()));
            entry.getValue()[0] = score;
            if (score > bestScore) {
                bestScore = score;
                best = entry.getKey();
            }
        }
        if (best == null) {
            return null;
        }
        best = climb(best, bestScore, scores);
        return withSiblings(best, scores.get(best)[0], scores);
    }

    /** Moves up while the parent holds more of the article than the candidate alone (split bodies). */
    private static Element climb(Element best, double bestScore, Map<Element, double[]> scores) {
        Element candidate = best;
        Element parent = candidate.parent();
        while (parent != null && !parent.normalName().equals("body") && !parent.normalName().equals("#root")) {
            double[] parentScore = scores.get(parent);
            if (parentScore == null) {
                break;
            }
            if (parentScore[0] >= bestScore * 0.9 && linkDensity(parent) < 0.3) {
                candidate = parent;
            }
            parent = parent.parent();
        }
        return candidate;
    }

    private static Element withSiblings(Element best, double bestScore, Map<Element, double[]> scores) {
        Element parent = best.parent();
        if (parent == null) {
            return best;
        }
        double threshold = Math.max(10, bestScore * 0.2);
        String bestClass = best.className();
        Element article = new Element("div");
        for (Element sibling : parent.children()) {
            boolean keep = sibling == best;
            if (!keep) {
                double[] score = scores.get(sibling);
                double bonus = !bestClass.isEmpty() && bestClass.equals(sibling.className()) ? bestScore * 0.2 : 0;
                if (score != null && score[0] + bonus >= threshold) {
                    keep = true;
                } else if (sibling.normalName().equals("p")) {
                    String text = sibling.text();
                    double density = linkDensity(sibling);
                    keep = (text.length() > 80 && density < 0.25)
                            || (text.length() > 0 && density == 0 && text.matches("(?s).*\\.( |$).*"));
                }
            }
            if (keep) {
                article.appendChild(sibling.clone());
            }
        }
        return article;
    }

    /** Drops blocks inside the article that are mostly links, headers of lists, or too short to be prose. */
    private static void cleanContainer(Element container) {
        for (Element element : container.select("ul, ol, div, section, table, dl")) {
            if (element.parent() == null) {
                continue;
            }
            String text = element.text();
            double density = linkDensity(element);
            int paragraphs = element.select("p").size();
            String match = classAndId(element);
            boolean negative = !match.isEmpty() && NEGATIVE.matcher(match).find()
                    && !POSITIVE.matcher(match).find();
            if (text.isBlank()
                    || (density > 0.5 && paragraphs < 3)
                    || (negative && paragraphs < 2)
                    || (commas(text) < 10 && density > 0.25 && text.length() < 500)) {
                element.remove();
            }
        }
        for (Element heading : container.select("h1, h2, h3, h4, h5, h6")) {
            if (linkDensity(heading) > 0.33) {
                heading.remove();
            }
        }
    }

    private static double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(element);
    }

    private static double classWeight(Element element) {
        double weight = 0;
        for (String value : List.of(element.className(), element.id())) {
            if (value.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(value).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(value).find()) {
                weight += 25;
            }
        }
        if (element.hasAttr("itemprop") && element.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
            weight += 50;
        }
        return weight;
    }

    private static boolean hasBlockChild(Element element) {
        for (Element child : element.children()) {
            if (BLOCK_CHILDREN.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String inlineText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.text());
            } else if (child instanceof Element inline && !BLOCKS.contains(inline.normalName())
                    && !BLOCK_CHILDREN.contains(inline.normalName()) && !inline.normalName().equals("a")) {
                text.append(inline.text());
            }
        }
        return text.toString().strip();
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element link : element.select("a")) {
            String href = link.attr("href");
            links += (int) (link.text().length() * (href.startsWith("#") ? 0.3 : 1));
        }
        return Math.min(1, (double) links / length);
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                count++;
            }
        }
        return count;
    }

    private static String classAndId(Element element) {
        String className = element.className();
        String id = element.id();
        return className.isEmpty() ? id : id.isEmpty() ? className : className + " " + id;
    }

    /** The element's text with a line break around every block. */
    private static CharSequence blockText(Element container) {
        StringBuilder text = new StringBuilder();
        appendText(container, text);
        return text;
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (child instanceof Element element) {
                boolean block = BLOCKS.contains(element.normalName());
                if (block) {
                    text.append('\n');
                }
                appendText(element, text);
                if (block) {
                    text.append('\n');
                } else if (element.normalName().equals("td") || element.normalName().equals("th")) {
                    text.append(' ');
                }
            }
        }
    }
}
