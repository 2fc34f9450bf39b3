package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject of the Italian verbs of buying with "acquistare", of ordering from a maker and of a contract signed or
 * won is a company although the table does not know its name ("Zentrix ha acquistato Korvia", "Zentrix ha ordinato a
 * Korvia dieci navi", "Zentrix vince una commessa da N"); session 35, docs/EXTRACTION.md. Sentences of our own.
 */
class ItalianBuyerAndOrderSubjectTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text) {
        return finder.find(text, "it", List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Quorvel ha acquistato una rete di cliniche per 300 milioni di euro.|Quorvel",
        "Quorvel acquista una rete di cliniche per 300 milioni di euro.|Quorvel",
        "Quorvel ha ordinato dieci traghetti per 300 milioni di euro.|Quorvel",
        "Quorvel ordina dieci traghetti per 300 milioni di euro.|Quorvel",
        "Quorvel ha firmato un nuovo contratto da 300 milioni di euro con la Marina.|Quorvel",
        "Quorvel sigla un accordo quadro da 300 milioni di euro.|Quorvel",
        "Quorvel vince la gara da 300 milioni di euro per i tram di Lione.|Quorvel",
        "Quorvel ha vinto una commessa da 300 milioni di euro in Brasile.|Quorvel",
        "Quorvel ottiene una maxi commessa da 300 milioni di euro.|Quorvel"})
    void theSubjectOfABuyingOrderingOrContractVerbIsACompany(String text, String expected) {
        assertEquals(List.of(expected), names(text));
    }
}
