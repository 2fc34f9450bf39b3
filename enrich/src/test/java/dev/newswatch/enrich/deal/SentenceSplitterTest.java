package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void shouldSplitAtSentenceEndsAndLineBreaks() {
        List<String> sentences = texts("OpenAI raised $6.6 billion. Is it enough? Yes!\nHeadline without a stop\nLast one.");

        assertEquals(List.of("OpenAI raised $6.6 billion.", "Is it enough?", "Yes!", "Headline without a stop", "Last one."),
                sentences);
    }

    @Test
    void shouldJoinALineBreakThatOnlyWrapsASentenceInEveryLanguage() {
        // a page copied from a fixed-width layout breaks lines inside sentences: after a word, a number or a comma,
        // and before a lower-case word
        assertEquals(List.of("Zentrix will buy Halvora for 12,4\nbillion dollars, its largest deal."),
                texts("Zentrix will buy Halvora for 12,4\nbillion dollars, its largest deal."));
        assertEquals(List.of("Zentrix comprerà Halvora per 12,4\nmiliardi di dollari, il suo affare più grande."),
                texts("Zentrix comprerà Halvora per 12,4\nmiliardi di dollari, il suo affare più grande."));
        assertEquals(List.of("Zentrix rachètera Halvora,\npour 12,4 milliards de dollars."),
                texts("Zentrix rachètera Halvora,\npour 12,4 milliards de dollars."));
        assertEquals(List.of("Zentrix comprará Halvora por 12.400\nmillones de dólares."),
                texts("Zentrix comprará Halvora por 12.400\nmillones de dólares."));
        // German capitalises nouns: a wrapped line that opens with one still splits, one with a verb joins
        assertEquals(List.of("Zentrix will Halvora für 12,4 Milliarden Dollar\nübernehmen."),
                texts("Zentrix will Halvora für 12,4 Milliarden Dollar\nübernehmen."));
    }

    @Test
    void shouldJoinALineThatEndsWithAShortFunctionWordBeforeACapitalInEveryLanguage() {
        // a wrapped line that ends with a preposition, an article or a conjunction goes on, even before a name
        assertEquals(List.of("Brivio sold Halvora to\nZentrix for $2bn."), texts("Brivio sold Halvora to\nZentrix for $2bn."));
        assertEquals(List.of("la cessione di Halvora da Brivio a\nZentrix (2 miliardi)."),
                texts("la cessione di Halvora da Brivio a\nZentrix (2 miliardi)."));
        assertEquals(List.of("Brivio a cédé Halvora à la société de\nZentrix."),
                texts("Brivio a cédé Halvora à la société de\nZentrix."));
        assertEquals(List.of("Brivio verkauft Halvora an die Firma im\nZentrix-Konzern."),
                texts("Brivio verkauft Halvora an die Firma im\nZentrix-Konzern."));
        assertEquals(List.of("Brivio vendió Halvora a la filial de\nZentrix."),
                texts("Brivio vendió Halvora a la filial de\nZentrix."));
    }

    @Test
    void shouldStillSplitAHeadlineThatEndsWithAScaleOrALongWordBeforeACapital() {
        assertEquals(List.of("Zentrix buys Halvora for 40 bn", "The deal closes in May."),
                texts("Zentrix buys Halvora for 40 bn\nThe deal closes in May."));
        assertEquals(List.of("Zentrix compra Halvora per la rete", "Non si fermano le fusioni."),
                texts("Zentrix compra Halvora per la rete\nNon si fermano le fusioni."));
    }

    @Test
    void shouldStillSplitHeadlinesParagraphsAndLinesAfterAStop() {
        assertEquals(List.of("Zentrix buys Halvora", "the deal is worth $12bn."),
                texts("Zentrix buys Halvora\n\nthe deal is worth $12bn."));
        assertEquals(List.of("Zentrix buys Halvora:", "the deal is worth $12bn."),
                texts("Zentrix buys Halvora:\nthe deal is worth $12bn."));
        assertEquals(List.of("Zentrix buys Halvora", "The deal is worth $12bn."),
                texts("Zentrix buys Halvora\nThe deal is worth $12bn."));
    }

    @Test
    void shouldSplitAtTheBreaksAboveAsciiThatTheQuickScanMustNotSkip() {
        // The scan skips characters above '?' except the ellipsis and the Unicode line and paragraph separators
        List<String> sentences = texts("Wait… Then\u2028OpenAI raised $6.6bn\u2029Amazon «invested» (twice).» Done");

        assertEquals(List.of("Wait…", "Then", "OpenAI raised $6.6bn", "Amazon «invested» (twice).»", "Done"), sentences);
    }

    @Test
    void shouldSplitAtAPeriodGluedAfterANumber() {
        assertEquals(List.of("The round closed on May 9.", "Cohere raised $6.6bn.", "H2.Ai and Amazon.com stay whole."),
                texts("The round closed on May 9.Cohere raised $6.6bn. H2.Ai and Amazon.com stay whole."));
    }

    @Test
    void shouldSplitAfterAScaleLetterGluedToANumber() {
        List<String> sentences = texts("Oracle plans $50B. Investors shrugged. Cohere took €3M. J. Smith left. It was "
                + "a Series B. Then a série C. Vice President J. Smith.");

        assertEquals(List.of("Oracle plans $50B.", "Investors shrugged.", "Cohere took €3M.", "J. Smith left.",
                "It was a Series B.", "Then a série C.", "Vice President J. Smith."), sentences);
    }

    @Test
    void shouldNotSplitAfterAbbreviationsDecimalsOrInitials() {
        List<String> sentences = texts("Nvidia Corp. raised 6,5 Mrd. Dollar from U.S. investors. Mr. Huang and St. Louis "
                + "agreed on 6.6 billion. J. Smith left. A deal worth 500 Mio. Euro was signed.");

        assertEquals(List.of("Nvidia Corp. raised 6,5 Mrd. Dollar from U.S. investors.",
                "Mr. Huang and St. Louis agreed on 6.6 billion.", "J. Smith left.",
                "A deal worth 500 Mio. Euro was signed."), sentences);
    }

    @Test
    void shouldSplitParagraphsAPageJoinedWithoutASpaceButNotNamesOrNumbers() {
        List<String> sentences = texts("The round was led by Kestrel Partners, with others.Brightwave raised $90 million "
                + "on Amazon.com and Character.AI in 6.6 days.Nothing else.");

        assertEquals(List.of("The round was led by Kestrel Partners, with others.",
                "Brightwave raised $90 million on Amazon.com and Character.AI in 6.6 days.", "Nothing else."), sentences);
    }

    @Test
    void shouldSplitJoinedParagraphsBeforeAnElidedArticle() {
        // Given paragraphs joined without a space, the second opening with an elided article (French, Italian)
        // When the texts are split
        List<String> french = texts("Le bilan dépasse 3000 milliards, selon des données de Korvia.L'opération la plus "
                + "grosse vient ensuite.");
        List<String> italian = texts("Il totale supera i 300 miliardi, secondo Korvia.L’operazione più grande segue.");

        // Then each paragraph is a sentence of its own
        assertEquals(List.of("Le bilan dépasse 3000 milliards, selon des données de Korvia.",
                "L'opération la plus grosse vient ensuite."), french);
        assertEquals(List.of("Il totale supera i 300 miliardi, secondo Korvia.", "L’operazione più grande segue."),
                italian);
    }

    @Test
    void shouldNotSplitWhenTheNextWordIsLowerCase() {
        assertEquals(List.of("Amazon Inc. said the talks were at an early stage, etc. and continued."),
                texts("Amazon Inc. said the talks were at an early stage, etc. and continued."));
    }

    @Test
    void shouldKeepClosingQuotesAndOffsetsIntoTheOriginalText() {
        String text = "  «Investiremo 10 miliardi.» Poi ha aggiunto altro.  ";

        List<Sentence> sentences = splitter.split(text);

        assertEquals(2, sentences.size());
        for (Sentence sentence : sentences) {
            assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()));
        }
        assertEquals("«Investiremo 10 miliardi.»", sentences.get(0).text());
        assertEquals(1, sentences.get(1).index());
    }

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }
}
