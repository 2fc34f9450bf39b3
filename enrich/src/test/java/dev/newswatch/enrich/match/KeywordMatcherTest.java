package dev.newswatch.enrich.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.enrich.text.NormalizedText;
import dev.newswatch.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class KeywordMatcherTest {

    private static NormalizedText text(String original) {
        return TextNormalizer.normalize(original);
    }

    private static List<String> found(List<Match<String>> matches, NormalizedText text) {
        return matches.stream().map(m -> text.originalSlice(m.start(), m.end()) + "=" + m.payload()).toList();
    }

    @Test
    void shouldMatchOnlyWholeWords() {
        // Given
        KeywordMatcher<String> matcher = KeywordMatcher.<String>builder().add("ai", "AI").add("chip", "CHIP").build();
        NormalizedText text = text("AI chips? Said Aiden: AI-chip, chip. (ai)");

        // When
        List<Match<String>> matches = matcher.findAll(text);

        // Then: "chips", "Said" and "Aiden" hold the keywords but not as words
        assertEquals(List.of("AI=AI", "AI=AI", "chip=CHIP", "chip=CHIP", "ai=AI"), found(matches, text));
    }

    @Test
    void shouldTreatApostrophesAsBoundaries() {
        // Given
        KeywordMatcher<String> matcher = KeywordMatcher.<String>builder()
                .add("intelligenza artificiale", "ai").add("ia", "ai").build();
        NormalizedText text = text("l’industria dell’intelligenza artificiale e la corsa all'IA");

        // When
        List<Match<String>> matches = matcher.findAll(text);

        // Then
        assertEquals(List.of("intelligenza artificiale=ai", "IA=ai"), found(matches, text));
    }

    @Test
    void shouldMatchPrefixKeywordsToTheEndOfTheWord() {
        // Given
        KeywordMatcher<String> matcher = KeywordMatcher.<String>builder()
                .add("investiment*", "it").add("invest*", "en").build();
        NormalizedText text = text("Investimenti, investimento; invests, investing, investment; reinvest, invest.");

        // When
        List<Match<String>> matches = matcher.findAll(text);

        // Then: both prefixes fire on the Italian words, "reinvest" does not start with the prefix
        assertEquals(List.of(
                "Investimenti=it", "Investimenti=en",
                "investimento=it", "investimento=en",
                "invests=en", "investing=en", "investment=en", "invest=en"), found(matches, text));
        assertEquals("investiment*", matches.get(0).keyword());
    }

    @Test
    void shouldIgnoreAccentsAndCaseInKeywordsAndText() {
        // Given
        KeywordMatcher<String> matcher = KeywordMatcher.<String>builder()
                .add("Società", "company").add("financiación", "funding").build();
        NormalizedText text = text("La societa e la SOCIETÀ; Financiacion y financiación");

        // When
        List<Match<String>> matches = matcher.findAll(text);

        // Then
        assertEquals(List.of("societa=company", "SOCIETÀ=company", "Financiacion=funding", "financiación=funding"),
                found(matches, text));
    }

    @Test
    void shouldMatchUnderATurkishDefaultLocale() {
        // Given
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            KeywordMatcher<String> matcher = KeywordMatcher.<String>builder()
                    .add("INVESTIMENTO", "it").add("istanbul", "city").add("Intel", "chips").build();
            NormalizedText text = text("INVESTIMENTO a İstanbul e ISTANBUL da INTEL");

            // When
            List<Match<String>> matches = matcher.findAll(text);

            // Then
            assertEquals(List.of("INVESTIMENTO=it", "İstanbul=city", "ISTANBUL=city", "INTEL=chips"), found(matches, text));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void shouldReportOverlappingMatchesAndResolveThemLeftmostLongest() {
        // Given
        KeywordMatcher<String> matcher = KeywordMatcher.<String>builder()
                .add("amazon", "amazon").add("amazon web services", "aws").add("web services", "ws")
                .add("services", "s").build();
        NormalizedText text = text("Amazon Web Services and Amazon");

        // When
        List<Match<String>> all = matcher.findAll(text);
        List<Match<String>> longest = matcher.findLongest(text);

        // Then
        assertEquals(List.of("Amazon Web Services=aws", "Amazon=amazon", "Web Services=ws", "Services=s", "Amazon=amazon"),
                found(all, text));
        assertEquals(List.of("Amazon Web Services=aws", "Amazon=amazon"), found(longest, text));
    }

    @Test
    void shouldKeepEveryPayloadOfTheWinningSpan() {
        // Given
        KeywordMatcher<String> matcher = KeywordMatcher.of(Map.of("funding round", List.of("ai-funding", "m-and-a"),
                "round", List.of("sport")));
        NormalizedText text = text("a funding round");

        // When
        List<Match<String>> longest = matcher.findLongest(text);

        // Then
        assertEquals(List.of("funding round=ai-funding", "funding round=m-and-a"), found(longest, text));
    }

    @Test
    void shouldNotRequireBoundariesAtNonWordEdgesOfAKeyword() {
        // Given: keywords that begin or end with punctuation
        KeywordMatcher<String> matcher = KeywordMatcher.<String>builder()
                .add("raises $", "raise").add("run:ai", "runai").build();
        NormalizedText text = text("Startup raises $40M; Nvidia buys Run:ai's platform");

        // When
        List<Match<String>> matches = matcher.findAll(text);

        // Then
        assertEquals(List.of("raises $=raise", "Run:ai=runai"), found(matches, text));
    }

    @Test
    void shouldFindNothingWithNoKeywordsOrNoText() {
        // Given
        KeywordMatcher<String> empty = KeywordMatcher.<String>builder().build();
        KeywordMatcher<String> some = KeywordMatcher.<String>builder().add("ai", "ai").build();

        // When / Then
        assertEquals(List.of(), empty.findAll(text("AI everywhere")));
        assertEquals(List.of(), some.findAll(text("")));
        assertEquals(0, empty.size());
    }

    @Test
    void shouldRejectMisplacedStarsAndBlankKeywords() {
        // Given
        KeywordMatcher.Builder<String> builder = KeywordMatcher.builder();

        // When / Then
        IllegalArgumentException star = assertThrows(IllegalArgumentException.class, () -> builder.add("in*vest", "x"));
        assertTrue(star.getMessage().contains("in*vest"), star.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.add("  ", "x"));
        assertThrows(IllegalArgumentException.class, () -> builder.add("*", "x"));
    }

    @Test
    void shouldBuildTenThousandKeywordsAndFindThem() {
        // Given: 10,000 keywords, some of them prefixes
        KeywordMatcher.Builder<Integer> builder = KeywordMatcher.builder();
        for (int i = 0; i < 10_000; i++) {
            builder.add("company" + Integer.toString(i, 36) + (i % 10 == 0 ? "*" : ""), i);
        }

        // When (how fast it builds is measured by bench/enrich-jmh.sh, not here)
        KeywordMatcher<Integer> matcher = builder.build();
        NormalizedText text = text("Company7pr raised money; company0s and companyzz, not company7pq9.");
        List<Match<Integer>> matches = matcher.findAll(text);

        // Then
        assertEquals(10_000, matcher.size());
        assertEquals(List.of(Integer.parseInt("7pr", 36), 0, Integer.parseInt("zz", 36)),
                matches.stream().map(Match::payload).toList());
    }

    @Test
    void shouldGiveTheSameMatchesFromManyThreads() throws Exception {
        // Given
        KeywordMatcher<String> matcher = KeywordMatcher.<String>builder()
                .add("openai", "openai").add("invest*", "funding").add("chip", "chips").build();
        NormalizedText text = text("Amazon invests in OpenAI, chip talks continue. ".repeat(50));
        List<Match<String>> expected = matcher.findAll(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // When
            List<Callable<List<Match<String>>>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tasks.add(() -> matcher.findAll(text));
            }
            List<Future<List<Match<String>>>> results = pool.invokeAll(tasks);

            // Then
            for (Future<List<Match<String>>> result : results) {
                assertEquals(expected, result.get());
            }
            assertEquals(150, expected.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldFindWhatATryAtEveryPositionFinds() {
        // Given keywords that share beginnings, prefixes, phrases and edges that are no letters, and 300 texts
        // drawn from their pieces, other words, spaces, punctuation and apostrophes
        List<String> keywords = List.of("ai", "ai*", "aid", "open", "openai", "open ai", "open*", "chip", "chip*",
                "chips act", "c++", "#ai", ".net", "l'ia", "ia", "dell'ia", "x-ai", "ki", "ki-start*", "rund*", "€");
        KeywordMatcher.Builder<Integer> builder = KeywordMatcher.builder();
        for (int i = 0; i < keywords.size(); i++) {
            builder.add(keywords.get(i), i);
        }
        KeywordMatcher<Integer> matcher = builder.build();
        String[] pieces = {"ai", "AI", "aid", "open", "Open", "openai", "chip", "chips", "act", "c++", "#", ".net",
                "l'", "ia", "dell'", "x", "-", "ki", "start", "rund", "e", "€", " ", " ", " ", ",", ".", "’", "'"};
        java.util.Random random = new java.util.Random(20261205);
        for (int t = 0; t < 300; t++) {
            StringBuilder sb = new StringBuilder();
            for (int p = random.nextInt(40); p >= 0; p--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            NormalizedText text = text(sb.toString());

            // When
            List<Match<Integer>> matches = matcher.findAll(text);

            // Then the same matches, in the same order, as trying every keyword at every position
            assertEquals(everyPosition(keywords, text.text()), matches, "in: " + sb);
        }
    }

    /** The matches of {@link KeywordMatcher#findAll}, found the slow way and put in its order. */
    private static List<Match<Integer>> everyPosition(List<String> keywords, String s) {
        List<Match<Integer>> out = new ArrayList<>();
        for (int i = 0; i < keywords.size(); i++) {
            String keyword = keywords.get(i);
            boolean prefix = keyword.endsWith("*");
            String stem = text(prefix ? keyword.substring(0, keyword.length() - 1) : keyword).text();
            for (int at = s.indexOf(stem); at >= 0; at = s.indexOf(stem, at + 1)) {
                int end = at + stem.length();
                if (KeywordMatcher.isWordChar(stem.charAt(0)) && at > 0 && KeywordMatcher.isWordChar(s.charAt(at - 1))) {
                    continue;
                }
                if (prefix) {
                    while (end < s.length() && KeywordMatcher.isWordChar(s.charAt(end))) {
                        end++;
                    }
                } else if (KeywordMatcher.isWordChar(stem.charAt(stem.length() - 1)) && end < s.length()
                        && KeywordMatcher.isWordChar(s.charAt(end))) {
                    continue;
                }
                out.add(new Match<>(at, end, keyword, i));
            }
        }
        out.sort(java.util.Comparator.<Match<Integer>>comparingInt(Match::start)
                .thenComparing(Match::end, java.util.Comparator.reverseOrder()).thenComparing(Match::payload));
        return out;
    }
}
