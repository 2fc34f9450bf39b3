package dev.newswatch.core.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newswatch.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ArticleJson} writes exactly the bytes of the shared mapper, for every kind of text and instant. */
class ArticleJsonTest {

    /** Characters of every escaping class: plain ASCII, quote, backslash, controls, DEL, 2- and 3-byte UTF-8, surrogates. */
    private static final String ALPHABET = "aZ9 /<>&'\"\\\b\t\n\f\r\u0000\u0001\u001F\u007F\u0080\u00A0\u00E9\u07FF"
            + "\u0800\u2028\u20AC\uFEFF\uFFFF\uD800\uDBFF\uDC00\uDFFF";
    private static final Instant PUBLISHED = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void shouldWriteTheMappersBytesForAnOrdinaryArticle() throws JsonProcessingException {
        assertSameBytes(new Article("3f2a", "farm-00001", "Loopback feed 1", "https://farm1.example/news/story-3",
                "Company 12 raises $30 million", "Company 12 said on Monday it had raised $30 million.\nThe company...",
                null, PUBLISHED, Instant.parse("2026-12-06T10:00:01.123Z"), "en", List.of("Jane Doe"),
                List.of("Funding", "Software")));
    }

    @Test
    void shouldEscapeQuotesBackslashesControlsAndSurrogatesAsTheMapperDoes() throws JsonProcessingException {
        assertSameBytes(article("say \"hi\" \\ back\\slash", "tab\tline\nfeed\rform\fback\b nul\u0000 us\u001F del\u007F",
                "emoji \uD83D\uDE00, lone high \uD83D, lone low \uDE00 end", List.of("é", "€", "\u2028"), List.of("")));
    }

    @Test
    void shouldWriteContentHtmlAndPageTextWhenPresent() throws JsonProcessingException {
        Article article = new Article("id", "feed", "Source", "", "Title", "Summary", "<p>Body &amp; more</p>",
                PUBLISHED, PUBLISHED, "und", List.of(), List.of());
        assertSameBytes(article);
        assertSameBytes(article.withPageText("The page's own text,\nwith \"quotes\"."));
    }

    @Test
    void shouldWriteInstantsAsTheMapperDoesAcrossYearsAndFractions() throws JsonProcessingException {
        List<Instant> instants = List.of(Instant.EPOCH, Instant.ofEpochSecond(-1), Instant.ofEpochSecond(0, 1),
                Instant.ofEpochSecond(59, 1_000), Instant.ofEpochSecond(60, 1_000_000), Instant.ofEpochSecond(3_600, 10),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59.5Z"),
                Instant.parse("0999-06-15T12:30:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.MIN, Instant.MAX);
        for (Instant instant : instants) {
            assertSameBytes(new Article("id", "feed", "", "", "", "", null, instant, instant, "en", List.of(), List.of()));
        }
    }

    @Test
    void shouldWriteTheMappersBytesForRandomArticles() throws JsonProcessingException {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 5_000; i++) {
            Instant published = Instant.ofEpochSecond(random.nextLong(-80_000_000_000L, 300_000_000_000L),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            Article article = new Article("id-" + i, "feed-" + i, text(random), text(random), text(random), text(random),
                    random.nextBoolean() ? null : text(random), published, Instant.ofEpochMilli(random.nextLong(0, 1L << 42)),
                    random.nextBoolean() ? "en" : text(random), texts(random), texts(random), text(random));
            assertSameBytes(article);
        }
    }

    @Test
    void shouldBeWhatTheSerdeWritesForArticles() throws JsonProcessingException {
        Article article = article("Title", "Summary", "Text", List.of("A"), List.of("B"));
        assertArrayEquals(Json.mapper().writeValueAsBytes(article),
                JsonSerde.of(Article.class).serializer().serialize("articles", article));
    }

    private static Article article(String title, String summary, String pageText, List<String> authors,
                                   List<String> categories) {
        return new Article("id", "feed", "Source", "https://example.com/a", title, summary, null, PUBLISHED, PUBLISHED,
                "en", authors, categories, pageText);
    }

    private static void assertSameBytes(Article article) throws JsonProcessingException {
        byte[] expected = Json.mapper().writeValueAsBytes(article);
        byte[] actual = ArticleJson.write(article);
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
        assertArrayEquals(expected, actual, () -> "article " + article);
    }

    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static List<String> texts(SplittableRandom random) {
        List<String> texts = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            texts.add(text(random));
        }
        return texts;
    }
}
