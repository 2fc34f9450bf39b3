package dev.newswatch.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newswatch.ingest.parse.CorpusFiles;
import dev.newswatch.ingest.parse.FeedParseException;
import dev.newswatch.ingest.parse.FeedParser;
import dev.newswatch.ingest.parse.ParsedItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlText#toText} skips jsoup for text without markup and for paragraphs and line breaks, and cleans white
 * space in one pass; all must give exactly what the former implementation gave: jsoup always, then three regular
 * expressions.
 */
class HtmlTextFastPathTest {

    /** The former clean-up, kept here as the reference. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\s\\p{Zs}&&[^\\n]]+");
    private static final Pattern LINE_BREAKS = Pattern.compile(" ?\\n[\\n ]*");

    /** Characters that exercise every branch: markup, references, each kind of space, invisibles, surrogates. */
    private static final String ALPHABET = "ab Z9.,;'\"=/>\t\n\r\f\u000B\u0000\u0001\u001F\u007F\u0085\u009F"
            + "\u00A0\u00AD\u1680\u2000\u2007\u200A\u200B\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFFé€\uD83D\uDE00";
    private static final List<String> MARKUP = List.of("<p>", "</p>", "<br>", "<b>", "</b>", "<td>", "<li>",
            "&amp;", "&nbsp;", "&#8203;", "&", "<", "<script>x</script>", "<pre> a \n b </pre>");
    /** The tags of the paragraph path ({@link HtmlText#simpleMarkupText}) and some that look like them. */
    private static final List<String> PARAGRAPH_MARKUP = List.of("<p>", "</p>", "<br>", "<br/>", "<br />", "</br>",
            "<b>", "</b>", "<i>", "</i>", "<em>", "</em>", "<strong>", "</strong>", "<p/>", "<P>", "<p class=x>",
            "<div>", "</div>", "<li>", "<table>", "<!-- c -->", "<", ">", "&amp;");

    @Test
    void shouldTakeTheFastPathOnlyForTextWithoutMarkup() {
        assertTrue(HtmlText.isPlainText("Nvidia invests $2 billion in Anthropic"));
        assertTrue(HtmlText.isPlainText("a > b \"quoted\" \u00A0"));
        assertFalse(HtmlText.isPlainText("AT&T"));
        assertFalse(HtmlText.isPlainText("a <b>bold</b>"));
        assertFalse(HtmlText.isPlainText("line\r\nbreak"));
        assertFalse(HtmlText.isPlainText("nul\0char"));
    }

    @Test
    void shouldGiveTheFormerTextForRandomPlainText() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random, false);
            assertEquals(formerToText(text), HtmlText.toText(text), () -> "input " + escaped(text));
        }
    }

    @Test
    void shouldGiveTheFormerTextForRandomHtml() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            String html = randomText(random, true);
            assertEquals(formerToText(html), HtmlText.toText(html), () -> "input " + escaped(html));
        }
    }

    @Test
    void shouldTakeTheParagraphPathOnlyForParagraphsLineBreaksAndPlainInlineTags() {
        assertEquals("\nA raise.\n\nThe company\nsells software.\n",
                HtmlText.simpleMarkupText("<p>A raise.</p><p>The company<br>sells <b>software</b>.</p>").toString());
        assertEquals("a\nb\nc\nd", HtmlText.simpleMarkupText("a<br/>b<br />c</br>d").toString());
        assertEquals("x > y", HtmlText.simpleMarkupText("<em>x</em> > <strong>y</strong>").toString());
        assertNull(HtmlText.simpleMarkupText("<p class=\"lead\">text</p>"));
        assertNull(HtmlText.simpleMarkupText("<P>upper case</P>"));
        assertNull(HtmlText.simpleMarkupText("<div>a block of its own</div>"));
        assertNull(HtmlText.simpleMarkupText("<p>AT&amp;T</p>"));
        assertNull(HtmlText.simpleMarkupText("<p>a < b</p>"));
        assertNull(HtmlText.simpleMarkupText("<p>unclosed <b"));
        assertNull(HtmlText.simpleMarkupText("<p>line\r\nbreak</p>"));
        assertNull(HtmlText.simpleMarkupText("<!-- note --><p>x</p>"));
    }

    /** Paragraph markup nested and misnested every way: jsoup's tree must give the same text as the paragraph path. */
    @Test
    void shouldGiveTheFormerTextForRandomParagraphMarkup() {
        SplittableRandom random = new SplittableRandom(13);
        int paragraphPath = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder html = new StringBuilder();
            int parts = random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                html.append(random.nextInt(3) == 0 ? randomText(random, false)
                        : PARAGRAPH_MARKUP.get(random.nextInt(PARAGRAPH_MARKUP.size())));
            }
            String input = html.toString();
            paragraphPath += HtmlText.simpleMarkupText(input) != null && !HtmlText.isPlainText(input) ? 1 : 0;
            assertEquals(formerToText(input), HtmlText.toText(input), () -> "input " + escaped(input));
        }
        assertTrue(paragraphPath > 1_000, "inputs on the paragraph path: " + paragraphPath);
    }

    @Test
    void shouldGiveTheFormerTextForEveryItemOfTheFeedCorpus() throws IOException {
        Path corpus = CorpusFiles.directory();
        assumeTrue(Files.isDirectory(corpus), "feed corpus not found at " + corpus);
        FeedParser parser = new FeedParser();
        int compared = 0;
        int plain = 0;
        int paragraphs = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String html : itemTexts(parser, Files.readAllBytes(file))) {
                    assertEquals(formerToText(html), HtmlText.toText(html), () -> file + ": " + escaped(html));
                    compared++;
                    plain += HtmlText.isPlainText(html) ? 1 : 0;
                    paragraphs += !HtmlText.isPlainText(html) && HtmlText.simpleMarkupText(html) != null ? 1 : 0;
                }
            }
        }
        assertTrue(compared > 3_000, "texts compared: " + compared);
        assertTrue(plain > 500, "plain texts: " + plain);
        assertTrue(paragraphs > 50, "texts on the paragraph path: " + paragraphs);
    }

    private static String formerToText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        CharSequence raw = HtmlText.parsedText(html);
        String visible = INVISIBLE.matcher(raw).replaceAll("");
        String spaced = HORIZONTAL_SPACE.matcher(visible).replaceAll(" ");
        return LINE_BREAKS.matcher(spaced).replaceAll("\n").strip();
    }

    private static String randomText(SplittableRandom random, boolean markup) {
        int length = random.nextInt(40);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (markup && random.nextInt(6) == 0) {
                text.append(MARKUP.get(random.nextInt(MARKUP.size())));
            } else {
                int index = random.nextInt(ALPHABET.length());
                char c = ALPHABET.charAt(index);
                text.append(Character.isHighSurrogate(c) ? ALPHABET.substring(index, index + 2) : String.valueOf(c));
            }
        }
        return text.toString();
    }

    private static List<String> itemTexts(FeedParser parser, byte[] body) {
        List<String> texts = new ArrayList<>();
        try {
            for (ParsedItem item : parser.parse(body, null, null).items()) {
                Stream.of(item.title(), item.descriptionHtml(), item.contentHtml()).filter(t -> t != null)
                        .forEach(texts::add);
            }
        } catch (FeedParseException | RuntimeException | StackOverflowError e) {
            // Not a feed, or one the corpus test reports; nothing to compare.
        }
        return texts;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
