package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rounds whose sentence names several investors together (session 31): the lead when one is named in the sentence or
 * the next, else the first of them, as the labels count a round; a list of names that do not pay leaves the investor
 * out. Sentences of our own.
 */
class SeveralInvestorsOfARoundTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the subject of a paying verb
        "Sequoia Capital and Index Ventures invested $30 million in Helsing.|Helsing|Sequoia Capital|30E6",
        "Sequoia Capital, Index Ventures and General Catalyst poured $75 million into Cohere.|Cohere|Sequoia Capital|75E6",
        "Thrive Capital and General Catalyst have put $40 million into Poolside.|Poolside|Thrive Capital|40E6",
        // the agents after "from"
        "Helsing raised $1 billion from Thrive Capital and General Catalyst.|Helsing|Thrive Capital|1E9",
        "Poolside secured $50 million from Index Ventures, Sequoia Capital and Thrive Capital.|Poolside|Index Ventures|50E6",
        // a phrase of taking part
        "Helsing secured $75 million from investors including Thrive Capital and Index Ventures.|Helsing|Thrive Capital|75E6",
        "Helsing raised $75 million in funding, backed by Sequoia Capital and Index Ventures.|Helsing|Sequoia Capital|75E6",
        "Cohere raised $51 million from investors that include Index Ventures and a few public funds such as Thrive "
            + "Capital.|Cohere|Index Ventures|51E6"})
    void theFirstOfSeveralInvestorsNamedTogetherIsTheInvestor(String text, String target, String investor,
                                                              String amount) {
        // Given a round whose investors are named together, none of them as its lead
        // When the deal is read
        // Then the first of them is the investor
        assertOneDeal("en", text, target, investor, amount, "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Perplexity has raised $75 million from Index Ventures, Sequoia Capital and Thrive Capital. Sequoia Capital "
            + "led the round.|Perplexity|Sequoia Capital|75E6",
        "Helsing raised $40 million, with Index Ventures leading and General Catalyst and Thrive Capital "
            + "participating.|Helsing|Index Ventures|40E6",
        "Helsing raised $75 million in a Series C. Thrive Capital led, with Index Ventures and Sequoia Capital "
            + "joining.|Helsing|Thrive Capital|75E6",
        "Helsing raised $75 million. Sequoia Capital, Index Ventures and Thrive Capital invested, with Thrive Capital "
            + "leading.|Helsing|Thrive Capital|75E6",
        "Cohere has raised $60 million in a round co-led by Thrive Capital and General Catalyst, with Index Ventures "
            + "also taking part.|Cohere|Thrive Capital|60E6"})
    void theLeadNamedInTheSentenceOrTheNextIsTheInvestor(String text, String target, String investor, String amount) {
        // Given a round with several investors, one of them named as its lead in the sentence or the next
        // When the deal is read
        // Then the lead is the investor, not the first name of the list
        assertOneDeal("en", text, target, investor, amount, "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Helsing, whose rivals include Cohere and Poolside, has raised $40 million.|Helsing|40E6",
        "Helsing has raised $30 million. Its customers include Samsung and SAP.|Helsing|30E6",
        "Poolside raised $11 million in seed funding. Its founders previously worked at Google and Meta.|Poolside|11E6"})
    void namesThatDoNotPayLeaveTheInvestorOut(String text, String target, String amount) {
        // Given a round and, near it, companies named together that do not pay
        // When the deal is read
        // Then the round has no investor
        assertOneDeal("en", text, target, null, amount, "USD");
    }
}
