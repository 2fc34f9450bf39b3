package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headlines written in title case ("Quellor Raises $40 Million In Series B Led By Index Ventures") or in capitals give
 * the deal the same sentence gives in sentence case: a capitalised verb or preposition is no part of a name ("Buy
 * Telquist", "Series B Led By Index"), and a new company in such a line is read as in a sentence
 * ({@link dev.newswatch.enrich.link.TitleCaseLines}). Before session 30 each title-case line below gave no deal while its
 * sentence-case twin did. Headlines of our own.
 */
class TitleCaseHeadlineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Quellor raises $40 million in Series B led by Index Ventures|Quellor|Index Ventures",
        "Quellor Raises $40 Million In Series B Led By Index Ventures|Quellor|Index Ventures",
        "Quellor Raises $40 Million in Series B Led by Index Ventures|Quellor|Index Ventures",
        "QUELLOR RAISES $40 MILLION IN SERIES B LED BY INDEX VENTURES|Quellor|Index Ventures",
        "Oracle Buys Cloud Security Firm Tandrix For $40 Million|Tandrix|Oracle",
        "Nvidia Invests $40 Million In AI Chip Start-Up Halvora|Halvora|Nvidia",
        "San Francisco-Based Quellor Raises $40 Million|Quellor|",
        "Brightwave Health Closes $40 Million Round Led By Sequoia Capital|Brightwave Health|Sequoia Capital",
        "Halvora Capital Invests $40 Million In Korvia|Korvia|Halvora Capital",
        "Microsoft Agrees To Acquire Movera In $40 Million Deal|Movera|Microsoft",
        "Salesforce Invests $40 Million In Self-Driving Start-Up Wayvio|Wayvio|Salesforce",
        "Movera Is Acquired By Oracle For $40 Million|Movera|Oracle"})
    void aHeadlineInTitleCaseGivesTheDealOfItsSentence(String headline, String target, String investor) {
        assertOneDeal("en", headline + "\nThe companies did not comment further.", target, investor, "40E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Google Snaps Up Plexa For $40 Million",
        "GOOGLE SNAPS UP PLEXA FOR $40 MILLION"})
    void theEvidenceIsTheHeadlineAsWritten(String headline) {
        Deal deal = assertOneDeal("en", headline, "Plexa", "Google", "40E6", "USD");
        assertEquals(headline, deal.evidence());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Investors Pour $40 Million Into Start-Ups As Rates Fall",
        "The City Raises $40 Million For New Schools",
        "Anna Berg Joins Board After $40 Million Exit",
        "What The $40 Million Chip Plan Means For Tulsa",
        "Start-Ups Raise Over $40 Million In A Week",
        "Regulators Open $40 Million Probe Into Cloud Market"})
    void capitalisedCommonWordsOfAHeadlineAreNoCompany(String headline) {
        assertEquals(List.of(), DealCases.extract("en", headline + "\nThe report came out on Monday."), headline);
    }
}
