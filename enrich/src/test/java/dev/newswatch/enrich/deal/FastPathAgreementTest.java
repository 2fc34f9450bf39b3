package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.enrich.match.FirstChars;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of deal extraction agree with the work they skip: each is checked against the full
 * computation at every word start of the labelled texts (the shared samples when present, the extra set, and a
 * few hand-written lines), read in every language.
 */
class FastPathAgreementTest {

    private static final List<String> LANGUAGES = List.of("en", "it", "de", "fr", "es");

    /** Lines that exercise odd word starts: accents, digits glued to letters, upper case, non-Latin letters. */
    private static final List<String> HAND_WRITTEN = List.of(
            "Über 6,5 Mrd. für Ünternehmen; fünf Milliarden, zwölf Mio. und eine halbe Milliarde Euro",
            "ÉTÉ: une levée de fonds d'un demi-milliard, l'acquisition, quatre-vingts millions",
            "Ὀδυσσεύς раунд инвестиций 10 млрд; 中文 10亿美元; İstanbul ıspanak; ſtate",
            "A $10bn INVESTMENT in OpenAI-backed start-ups; half a billion; one-off 3x",
            "más de mil millones de dólares, un billón, medio millón; 1.400 miliardi, un miliardo",
            // the state phrases, which look behind their first word: "(?<=lo )stato", "(?<=l['’])état(?! de )"
            "lo Stato e il governo, dal governo; der Bund, des Bundes, des Staates; l'État, l’État de droit, du "
                    + "gouvernement; el Gobierno, del estado, la Ley de CHIPS y Ciencia; the federal government, the "
                    + "administration, the U.S. CHIPS and Science Act, CHIPS Act grants");

    @Test
    void shouldNeverSkipAWordStartWhereACueAnaphorStageWordOrStatePhraseMatches() throws URISyntaxException {
        // Given every text lowered as the extractor lowers it
        int skipped = 0;
        for (String language : LANGUAGES) {
            DealLexicon lexicon = DealLexicon.forLanguage(language);
            for (String text : texts()) {
                String lower = CaseFolding.lower(text);
                for (int i = 0; i < lower.length(); i++) {
                    if (!WordStarts.isWordStart(lower, i)) {
                        continue;
                    }
                    for (Scanned scanned : scannedAtWordStarts(lexicon)) {
                        // When the first-character table rules a pattern out here
                        if (scanned.starts().mayStart(lower, i)) {
                            continue;
                        }
                        skipped++;
                        // Then the full match attempt fails too
                        Matcher m = scanned.pattern().matcher(lower).region(i, lower.length()).useTransparentBounds(true);
                        assertFalse(m.lookingAt(), () -> language + " pattern " + scanned.pattern() + " at \""
                                + lower.substring(m.regionStart(), Math.min(lower.length(), m.regionStart() + 30)) + "\"");
                    }
                }
            }
        }
        assertTrue(skipped > 10_000, "the check covered too few skipped attempts: " + skipped);
    }

    @Test
    void shouldLetEveryCueStartWithTheLetterOfItsWords() {
        DealLexicon english = DealLexicon.forLanguage("en");
        DealLexicon.CueSpec invest = english.cues.stream()
                .filter(c -> c.pattern().matcher("invests").lookingAt()).findFirst().orElseThrow();
        assertTrue(invest.starts().mayStart("invests", 0, 7));
        assertFalse(invest.starts().mayStart("xylo", 0, 4));
        assertFalse(invest.starts().mayStart("1", 0, 1));
        // The second character rules out words that begin with the right letter
        assertFalse(invest.starts().mayStart("iqbal", 0, 5));
        // Characters beyond the table, and a last character, are always tried
        assertTrue(invest.starts().mayStart("中", 0, 1));
        assertTrue(invest.starts().mayStart("i中", 0, 2));
        assertTrue(invest.starts().mayStart("iq", 0, 1));
    }

    @Test
    void shouldListExactlyTheWordStartsOfEveryText() throws URISyntaxException {
        for (String text : texts()) {
            String lower = CaseFolding.lower(text);
            int[] expected = IntStream.range(0, lower.length())
                    .filter(i -> WordStarts.isWordStart(lower, i)).toArray();
            assertEquals(Arrays.toString(expected), Arrays.toString(WordStarts.of(lower)), text);
        }
        assertEquals(0, WordStarts.of("").length);
        assertEquals("[0, 2, 4]", Arrays.toString(WordStarts.of("a b c")));
    }

    @Test
    void shouldTryStatePhrasesOnlyWhereTheirWordsBegin() {
        // "(?<=lo )stato": the look-behind does not make every letter a possible start
        for (String language : LANGUAGES) {
            for (DealLexicon.StateNoun noun : DealLexicon.forLanguage(language).stateNouns) {
                long letters = "abcdefghijklmnopqrstuvwxyz".chars()
                        .filter(c -> noun.starts().mayStart(Character.toString(c) + "    ", 0)).count();
                assertTrue(letters <= 3, language + " " + noun.pattern() + ": " + letters + " letters");
            }
        }
        DealLexicon.StateNoun italian = DealLexicon.forLanguage("it").stateNouns.get(0);
        assertTrue(italian.starts().mayStart("dallo stato.", 6));
        assertFalse(italian.starts().mayStart("dallo stato.", 0));
        // "the" begins many words, "the g" few
        DealLexicon.StateNoun english = DealLexicon.forLanguage("en").stateNouns.get(1);
        assertTrue(english.starts().mayStart("the government", 0));
        assertFalse(english.starts().mayStart("the company", 0));
        assertFalse(english.starts().mayStart("they", 0));
    }

    @Test
    void shouldFindNumberWordsExactlyWhereTheirFirstWordStands() throws URISyntaxException {
        for (String language : LANGUAGES) {
            MoneyLexicon lexicon = MoneyLexicon.forLanguage(language);
            Set<String> firsts = lexicon.numberWordValues.keySet().stream()
                    .map(w -> w.split(" ")[0]).collect(Collectors.toSet());
            for (String text : texts()) {
                String lower = CaseFolding.lower(text);
                for (int i = 0; i < lower.length(); i++) {
                    if (!WordStarts.isWordStart(lower, i) || Character.isDigit(lower.charAt(i))) {
                        continue;
                    }
                    int j = i;
                    while (j < lower.length() && Character.isLetter(lower.charAt(j))) {
                        j++;
                    }
                    String word = lower.substring(i, j);
                    assertEquals(firsts.contains(word), lexicon.startsNumberWord(lower, i), language + ": " + word);
                }
            }
        }
    }

    @Test
    void shouldFindTheSameMoneyWhenTheCallerLowersAndSplitsTheText() throws URISyntaxException {
        MoneyParser parser = new MoneyParser();
        SentenceSplitter splitter = new SentenceSplitter();
        for (String language : LANGUAGES) {
            for (String text : texts()) {
                AtomicInteger splits = new AtomicInteger();
                List<MoneyMention> shared = parser.find(text, CaseFolding.lower(text), language, () -> {
                    splits.incrementAndGet();
                    return splitter.split(text);
                });
                assertEquals(parser.find(text, language), shared, text);
                assertTrue(splits.get() <= 1, "split more than once: " + text);
            }
        }
    }

    @Test
    void shouldNeitherSplitNorReportDealsInTextWithoutAnAmount() {
        // Given a text with numbers but no amount of money
        String text = "OpenAI said 2025 was a big year. Amazon agreed to invest in Anthropic, 15% more than planned.";
        AtomicInteger splits = new AtomicInteger();
        // When the money parser reads it with a sentence supplier
        List<MoneyMention> money = new MoneyParser().find(text, CaseFolding.lower(text), "en", () -> {
            splits.incrementAndGet();
            return new SentenceSplitter().split(text);
        });
        // Then it finds nothing without splitting, and the extractor reports no deal
        assertEquals(List.of(), money);
        assertEquals(0, splits.get());
        assertEquals(List.of(), new DealExtractor(UsdRates.defaults()).extract(text, "en", List.of()));
    }

    /** Whether a match may begin at a place of a text: a first-character table or the beginnings of a pattern. */
    private interface Starts {
        boolean mayStart(String text, int i);

        static Starts of(FirstChars table) {
            return (text, i) -> table.mayStart(text.charAt(i));
        }
    }

    /** A pattern the extractor runs only at word starts, with what its matches may begin with. */
    private record Scanned(Pattern pattern, Starts starts) {
    }

    private static List<Scanned> scannedAtWordStarts(DealLexicon lexicon) {
        List<Scanned> scanned = new ArrayList<>();
        lexicon.cues.forEach(cue -> scanned.add(new Scanned(cue.pattern(),
                (text, i) -> cue.starts().mayStart(text, i, text.length()))));
        scanned.add(new Scanned(lexicon.anaphor, Starts.of(lexicon.anaphorStarts)));
        lexicon.stages.forEach((stage, pattern) -> scanned.add(new Scanned(pattern,
                Starts.of(lexicon.stageStarts.get(stage)))));
        lexicon.stateNouns.forEach(noun -> scanned.add(new Scanned(noun.pattern(), noun.starts()::mayStart)));
        return scanned;
    }

    private static List<String> texts() throws URISyntaxException {
        List<String> texts = new ArrayList<>(HAND_WRITTEN);
        Path extra = Path.of(Objects.requireNonNull(FastPathAgreementTest.class.getResource("/deal/deals_extra.jsonl"))
                .toURI());
        DealEvaluation.readLabels(extra).forEach(item -> texts.add(item.articleText()));
        TestData.samplesDir().map(dir -> dir.resolve("deals_dev.jsonl"))
                .ifPresent(dev -> DealEvaluation.readLabels(dev).forEach(item -> texts.add(item.articleText())));
        return texts;
    }
}
