package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Capitalised adjectives that describe, not name: a compound of two nationalities (English "Swiss-German",
 * "Israeli-American") and a political affiliation ("the Republican governor", "le sénateur démocrate") are no
 * company, even in a deal place; the company they describe, named after them, is.
 */
class DescriptiveAdjectiveNotCompanyTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // English capitalises such compounds; the other four languages write them in lower case
        "en|The group agreed to buy Swiss-German payments firm Quorvel for $900 million.|Quorvel",
        // the buyer before "plans to acquire" is a company too (company-cues.yml)
        "en|Halvane plans to acquire Israeli-American chip designer Korvia for $4 billion.|Halvane;Korvia",
        "en|The fund invested $300 million in British-French start-up Lumora.|Lumora",
        "en|Regulators cleared the takeover of Korean-American robotics maker Velantis.|Velantis"})
    void shouldNotReadACompoundOfNationalitiesAsACompany(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The plan won backing from officials including Republican senator Jane Miller.",
        "en|Investors including Democratic lawmakers praised the $2 billion campus.",
        "it|Il progetto da 2 miliardi è sostenuto da Repubblicani e Democratici, tra cui Democratici eletti.",
        "fr|Le projet de 2 milliards a été soutenu par le sénateur Démocrate du Texas.",
        "es|El campus de 2.000 millones fue respaldado por Republicanos del estado.",
        "de|Das Projekt für 2 Milliarden wird unterstützt von Republikanern und Demokraten."})
    void shouldNotReadAPoliticalAffiliationAsACompany(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}
