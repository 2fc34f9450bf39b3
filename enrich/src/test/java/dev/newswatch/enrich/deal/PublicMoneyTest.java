package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Public money paid to a company (session 15): a government or an agency hands out grants, subsidies or awards,
 * often as a list after the sentence that names who gives them ("the department announced these awards: up to $N
 * in direct funding awarded to X; ..."). Each amount goes to the company its own item names, paid by the body named
 * before; a programme or a budget with no company is no deal.
 */
class PublicMoneyTest {

    /** Entity ids that are governments, as ArticleEnricher reads them from entity types. */
    private static final Set<String> GOVERNMENTS = Set.of("commerce", "us-government", "german-government",
            "italian-government", "french-government", "spanish-government");
    private static final Set<String> INVESTS_ONLY = Set.of("commerce", "us-government", "german-government",
            "italian-government", "french-government", "spanish-government", "sequoia", "index", "softbank",
            "a16z");

    private static List<Deal> extract(String language, String text) {
        return DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), id -> false,
                INVESTS_ONLY::contains, GOVERNMENTS::contains, id -> null);
    }

    /** "target <- investor amount currency" for each deal, investor and target by entity id. */
    private static String summary(List<Deal> deals) {
        return deals.stream()
                .map(d -> d.target().id() + " <- " + (d.investor() == null ? null : d.investor().id()) + " "
                        + d.amount().stripTrailingZeros().toPlainString() + " " + d.currency())
                .collect(Collectors.joining("; "));
    }

    private static void assertFound(String language, String text, String expected) {
        assertEquals(expected, summary(extract(language, text)), language + " \"" + text + "\"");
    }

    static Stream<Arguments> eachAwardOfAListGoesToItsOwnCompanyPaidByTheBodyNamedBefore() {
        return Stream.of(
                Arguments.of("en", "The Commerce Department has published its latest chip awards:\n"
                        + "- Up to $90 million awarded to Qualcomm for a packaging line in Texas.\n"
                        + "- Up to $2.4 billion of direct federal support awarded to Samsung. The money pays for a new fab.",
                        "qualcomm <- commerce 90000000 USD; samsung <- commerce 2400000000 USD"),
                Arguments.of("it", "Il Dipartimento del Commercio ha reso noti i nuovi contributi:\n"
                        + "- Fino a 90 milioni di dollari assegnati a Qualcomm per una linea in Texas.\n"
                        + "- Fino a 2,4 miliardi di dollari in finanziamenti diretti assegnati a Samsung per una "
                        + "nuova fabbrica.",
                        "qualcomm <- commerce 90000000 USD; samsung <- commerce 2400000000 USD"),
                Arguments.of("fr", "L'État a publié la liste de ses nouvelles aides :\n"
                        + "- Jusqu'à 90 millions d'euros attribués à Qualcomm pour une ligne à Grenoble.\n"
                        + "- Jusqu'à 2,4 milliards d'euros de financement direct attribués à Samsung pour une "
                        + "nouvelle usine.",
                        "qualcomm <- french-government 90000000 EUR; samsung <- french-government 2400000000 EUR"),
                Arguments.of("es", "El Departamento de Comercio publicó sus nuevas ayudas:\n"
                        + "- Hasta 90 millones de dólares concedidos a Qualcomm para una línea en Texas.\n"
                        + "- Hasta 2.400 millones de dólares de apoyo público directo concedidos a Samsung para una "
                        + "nueva fábrica.",
                        "qualcomm <- commerce 90000000 USD; samsung <- commerce 2400000000 USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachAwardOfAListGoesToItsOwnCompanyPaidByTheBodyNamedBefore(String language, String text,
                                                                      String expected) {
        assertFound(language, text, expected);
    }

    static Stream<Arguments> eachAmountOfAGovernmentsListGoesToTheCompanyAfterIt() {
        return Stream.of(
                Arguments.of("en", "The Commerce Department is finalising grants of up to $4.7 billion to Samsung and "
                        + "up to $1.6 billion for Intel to expand chip production.",
                        "samsung <- commerce 4700000000 USD; intel <- commerce 1600000000 USD"),
                Arguments.of("it", "Lo Stato ha approvato sovvenzioni fino a 470 milioni di euro a Samsung e fino a "
                        + "160 milioni per Intel per due nuovi impianti.",
                        "samsung <- italian-government 470000000 EUR; intel <- italian-government 160000000 EUR"),
                Arguments.of("de", "Der Bund will Fördermittel von bis zu 470 Millionen Euro an Samsung und bis zu "
                        + "160 Millionen Euro für Intel vergeben.",
                        "samsung <- german-government 470000000 EUR; intel <- german-government 160000000 EUR"),
                Arguments.of("fr", "L'État va verser des subventions de 470 millions d'euros à Samsung et jusqu'à 160 "
                        + "millions d'euros pour Intel.",
                        "samsung <- french-government 470000000 EUR; intel <- french-government 160000000 EUR"),
                Arguments.of("es", "El Departamento de Comercio aprobó subvenciones de hasta 470 millones de dólares "
                        + "a Samsung y hasta 160 millones para Intel.",
                        "samsung <- commerce 470000000 USD; intel <- commerce 160000000 USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachAmountOfAGovernmentsListGoesToTheCompanyAfterIt(String language, String text, String expected) {
        assertFound(language, text, expected);
    }
}
