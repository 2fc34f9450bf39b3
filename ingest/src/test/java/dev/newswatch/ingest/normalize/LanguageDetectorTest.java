package dev.newswatch.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

    @ParameterizedTest(name = "{0} [{index}]")
    @CsvSource(delimiter = '|', textBlock = """
            en | Amazon is in talks to invest more than $10 billion in OpenAI, according to people familiar with the matter.
            en | The company said it would use the money to build data centres and hire more engineers over the next two years.
            en | Shares of the chip maker rose after it reported that revenue had doubled from a year earlier.
            it | Amazon è in trattativa per investire più di 10 miliardi di dollari in OpenAI, secondo fonti vicine alla società.
            it | Il gruppo ha annunciato che userà i fondi per costruire nuovi data center e assumere degli ingegneri.
            it | La startup italiana ha chiuso un round da 20 milioni di euro guidato da un fondo americano.
            de | Amazon verhandelt über eine Investition von mehr als 10 Milliarden Dollar in OpenAI, wie aus Kreisen verlautet.
            de | Das Unternehmen will mit dem Geld neue Rechenzentren bauen und auch mehr Ingenieure einstellen.
            de | Die Aktie des Chipherstellers stieg, nachdem der Umsatz sich im Vergleich zum Vorjahr verdoppelt hat.
            fr | Amazon est en discussion pour investir plus de 10 milliards de dollars dans OpenAI, selon des sources proches du dossier.
            fr | L'entreprise a annoncé qu'elle utiliserait les fonds pour construire des centres de données et recruter des ingénieurs.
            fr | La start-up française a levé 20 millions d'euros auprès d'un fonds américain.
            es | Amazon está en conversaciones para invertir más de 10.000 millones de dólares en OpenAI, según fuentes cercanas a la operación.
            es | La empresa dijo que usará el dinero para construir centros de datos y contratar a más ingenieros.
            es | Las acciones del fabricante de chips subieron después de que sus ingresos se duplicaran con respecto al año anterior.
            """)
    void shouldRecogniseTheLanguageOfNewsSentences(String expected, String text) {
        // When
        String language = LanguageDetector.detect(text);

        // Then
        assertEquals(expected, language);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",
        "OpenAI",
        "Nvidia Q3 earnings beat",
        "$10B",
        "2026-01-13",
        "Mistral AI: 600M",
        "東京証券取引所で株価が上昇した",
        "Акции компании выросли после отчёта"
    })
    void shouldAnswerUndeterminedWhenTheEvidenceIsThin(String text) {
        // When
        String language = LanguageDetector.detect(text);

        // Then
        assertEquals(LanguageDetector.UNDETERMINED, language);
    }

    @Test
    void shouldDetectUpperCaseTextUnderATurkishDefaultLocale() {
        // Given: "IS", "IN", "IT" and "WITH" lower-case to dotless-i words in Turkish
        String text = "IT IS IN THE NEWS WITH THE BIGGEST DEAL OF THIS YEAR";
        Locale saved = Locale.getDefault();
        Locale.setDefault(new Locale("tr", "TR"));
        try {
            // When
            String language = LanguageDetector.detect(text);

            // Then
            assertEquals("en", language);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void shouldMatchAccentsWrittenAsCombiningCharacters() {
        // Given: "è" and "più" decomposed into a letter and a combining accent (NFD)
        String text = "Il gruppo e\u0300 pronto e ha detto che investira\u0300 piu\u0300 di quanto previsto per la rete";

        // When
        String language = LanguageDetector.detect(text);

        // Then
        assertEquals("it", language);
    }
}
