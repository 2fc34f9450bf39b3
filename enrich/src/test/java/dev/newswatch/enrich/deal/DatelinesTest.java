package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a sentence starts after its dateline; lowered text, as the extractor reads it. */
class DatelinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "toronto (reuters) - salesforce signed a deal.|salesforce signed a deal.",
            "march 3 (reuters) – salesforce signed a deal.|salesforce signed a deal.",
            "canadá, 3 de marzo de 2026- salesforce firmó un acuerdo.|salesforce firmó un acuerdo.",
            // German and Austrian agencies: the financial service of dpa, the Austria Presse Agentur
            "hamburg (dpa-afx) - salesforce will einen rivalen kaufen.|salesforce will einen rivalen kaufen.",
            "linz (apa) - salesforce hat einen vertrag unterschrieben.|salesforce hat einen vertrag unterschrieben.",
            // no dateline: a dash after a year inside a long clause, a date without a dash, a bare dash
            "that was nearly twice as much money as anyone invested in the third quarter of 2024 — a record.|"
                    + "that was nearly twice as much money as anyone invested in the third quarter of 2024 — a record.",
            "in march 2026 salesforce signed a deal.|in march 2026 salesforce signed a deal.",
            "salesforce – the software group – signed a deal.|salesforce – the software group – signed a deal."})
    void shouldStartTheSentenceAfterItsDateline(String sentence, String afterDateline) {
        int start = Datelines.after(sentence, 0, sentence.length());

        assertEquals(afterDateline, sentence.substring(start));
    }
}
