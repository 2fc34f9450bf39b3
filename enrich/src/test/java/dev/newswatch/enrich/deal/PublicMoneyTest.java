package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
        DealCases.assertFound(language, text, expected);
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
        DealCases.assertFound(language, text, expected);
    }

    static Stream<Arguments> aCompanyThatBenefitsFromAidOfAnAmountIsPaidByTheGovernmentNamedBefore() {
        return Stream.of(
                Arguments.of("en", "The Commerce Department approved the plan on Tuesday. Qualcomm will benefit from "
                        + "aid of $495 million for its plant in Oregon.", "qualcomm <- commerce 495000000 USD"),
                Arguments.of("de", "Der Bund hat das Vorhaben gebilligt. Für sein Werk soll Qualcomm von Hilfen in Höhe "
                        + "von 480 Millionen Euro in Sachsen profitieren.",
                        "qualcomm <- german-government 480000000 EUR"),
                Arguments.of("fr", "L'État a validé le projet mardi. Qualcomm bénéficiera d'une aide de 495 millions "
                        + "d'euros pour son usine de Grenoble.", "qualcomm <- french-government 495000000 EUR"),
                Arguments.of("it", "Lo Stato ha approvato il progetto martedì. Qualcomm beneficerà di un contributo "
                        + "di 495 milioni di euro per il nuovo impianto di Catania.",
                        "qualcomm <- italian-government 495000000 EUR"),
                Arguments.of("es", "El Departamento de Comercio aprobó el proyecto el martes. Qualcomm se "
                        + "beneficiará de una ayuda de 495 millones de dólares para su planta de Oregón.",
                        "qualcomm <- commerce 495000000 USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aCompanyThatBenefitsFromAidOfAnAmountIsPaidByTheGovernmentNamedBefore(String language, String text,
                                                                                 String expected) {
        DealCases.assertFound(language, text, expected);
    }

    static Stream<Arguments> aGovernmentGrantingAidOfAnAmountToACompanyPaysIt() {
        return Stream.of(
                Arguments.of("fr", "L'État accorde une aide de 3,1 milliards d'euros à Samsung pour son usine de "
                        + "Rousset.", "samsung <- french-government 3100000000 EUR"),
                Arguments.of("it", "Il governo concede un contributo di 2 miliardi di euro a Samsung per l'impianto di "
                        + "Catania.", "samsung <- italian-government 2000000000 EUR"),
                Arguments.of("es", "El Departamento de Comercio concede una ayuda de 2.000 millones de dólares a "
                        + "Samsung para su planta.", "samsung <- commerce 2000000000 USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aGovernmentGrantingAidOfAnAmountToACompanyPaysIt(String language, String text, String expected) {
        DealCases.assertFound(language, text, expected);
    }

    static Stream<Arguments> aProgrammeWithNoRecipientIsNoDealEvenWithACompanyAsItsSource() {
        return Stream.of(
                Arguments.of("en", "The government plans to spend $20 billion in grants on chip plants over the next "
                        + "five years, Intel said."),
                Arguments.of("en", "The Commerce Department will hand out $20 billion in grants to the chip sector, "
                        + "according to Intel."),
                Arguments.of("de", "Der Bund plant eine Förderung in Höhe von 20 Milliarden Euro für die "
                        + "Chipindustrie, sagte Intel."),
                Arguments.of("fr", "L'État prévoit une aide de 20 milliards d'euros pour le secteur des "
                        + "semi-conducteurs, selon Intel."),
                Arguments.of("it", "Lo Stato prevede un contributo di 20 miliardi di euro per il settore dei chip, "
                        + "secondo Intel."),
                Arguments.of("es", "El Departamento de Comercio prevé una ayuda de 20.000 millones de dólares para el "
                        + "sector de los chips, según Intel."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aProgrammeWithNoRecipientIsNoDealEvenWithACompanyAsItsSource(String language, String text) {
        DealCases.assertFound(language, text, "");
    }

    static Stream<Arguments> anAmountForEachCompanyIsOneDealForEveryCompanyListedBefore() {
        String each = "samsung <- %s 300000000 %s; intel <- %s 300000000 %s; amd <- %s 300000000 %s";
        return Stream.of(
                Arguments.of("en", "The Commerce Department picked Samsung, Intel and AMD for its packaging "
                        + "programme. Each company will receive a contract worth up to $300 million.",
                        each.formatted("commerce", "USD", "commerce", "USD", "commerce", "USD")),
                Arguments.of("en", "The Commerce Department picked Samsung, Intel and AMD for its packaging "
                        + "programme. The three will get contracts of up to $300 million each.",
                        each.formatted("commerce", "USD", "commerce", "USD", "commerce", "USD")),
                Arguments.of("it", "Il Dipartimento del Commercio ha scelto Samsung, Intel e AMD per il suo programma. "
                        + "Ciascuna società riceverà un contratto fino a 300 milioni di dollari.",
                        each.formatted("commerce", "USD", "commerce", "USD", "commerce", "USD")),
                Arguments.of("de", "Der Bund hat Samsung, Intel und AMD für sein Programm ausgewählt. Jedes "
                        + "Unternehmen erhält einen Auftrag über bis zu 300 Millionen Euro.",
                        each.formatted("german-government", "EUR", "german-government", "EUR", "german-government",
                                "EUR")),
                Arguments.of("fr", "L'État a retenu Samsung, Intel et AMD pour son programme. Chaque entreprise "
                        + "recevra un contrat d'une valeur maximale de 300 millions d'euros.",
                        each.formatted("french-government", "EUR", "french-government", "EUR", "french-government",
                                "EUR")),
                Arguments.of("es", "El Departamento de Comercio eligió a Samsung, Intel y AMD para su programa. Cada "
                        + "empresa recibirá un contrato de hasta 300 millones de dólares.",
                        each.formatted("commerce", "USD", "commerce", "USD", "commerce", "USD")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void anAmountForEachCompanyIsOneDealForEveryCompanyListedBefore(String language, String text, String expected) {
        DealCases.assertFound(language, text, expected);
    }

    static Stream<Arguments> eachWithNoListIsNoDealForEveryCompany() {
        return Stream.of(
                Arguments.of("en", "Samsung and Intel both reported results. Each company earned $300 million in "
                        + "profit."),
                Arguments.of("en", "Samsung hired a new chief. Each company in the programme will receive a contract "
                        + "worth up to $300 million."),
                Arguments.of("en", "Samsung and Intel hired new chiefs. Each year, the sector raises $300 million."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachWithNoListIsNoDealForEveryCompany(String language, String text) {
        DealCases.assertFound(language, text, "");
    }

    /** "them each" after "respectively" is no distributive word: each amount is not given to every company. */
    @Test
    void amountsTakenRespectivelyAreNotGivenToEveryCompany() {
        String found = DealCases.summary(DealCases.extractWithTypes("en", "Investors back Samsung and Intel. They raised $160 million and "
                + "$70 million, respectively, in deals that left them each richer."));
        assertFalse(found.contains("intel <- null 160000000"), found);
    }

    static Stream<Arguments> theStateEnteringACompanysCapitalWithACoInvestmentPaysIt() {
        return Stream.of(
                Arguments.of("es", "El Departamento de Comercio entrará en el accionariado de Cohere con una "
                        + "coinversión de 58 millones de dólares.", "cohere <- commerce 58000000 USD"),
                Arguments.of("fr", "L'État va entrer au capital de Cohere avec un co-investissement de 67 millions "
                        + "d'euros.", "cohere <- french-government 67000000 EUR"),
                Arguments.of("it", "Lo Stato entrerà nel capitale di Cohere con un coinvestimento di 67 milioni di "
                        + "euro.", "cohere <- italian-government 67000000 EUR"),
                Arguments.of("en", "The Commerce Department will take a stake in Cohere through a co-investment of "
                        + "$67 million.", "cohere <- commerce 67000000 USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theStateEnteringACompanysCapitalWithACoInvestmentPaysIt(String language, String text, String expected) {
        DealCases.assertFound(language, text, expected);
    }

    static Stream<Arguments> theAmountOfAGrantToldJustBeforeGoesToItsCompany() {
        return Stream.of(
                Arguments.of("en", "The Commerce Department finalised a grant with Qualcomm on Monday. The signed "
                        + "agreement grants as much as $1.5 billion of federal money.",
                        "qualcomm <- commerce 1500000000 USD"),
                Arguments.of("de", "Der Bund hat die Förderung für Qualcomm am Montag bewilligt. Der Bescheid sieht "
                        + "bis zu 1,5 Milliarden Euro an Fördermitteln vor.",
                        "qualcomm <- german-government 1500000000 EUR"),
                Arguments.of("fr", "L'État a finalisé une subvention pour Qualcomm lundi. Le contrat prévoit jusqu'à "
                        + "1,5 milliard d'euros de subventions.", "qualcomm <- french-government 1500000000 EUR"),
                Arguments.of("it", "Lo Stato ha firmato le sovvenzioni per Qualcomm lunedì. Il contratto prevede fino "
                        + "a 1,5 miliardi di euro di sovvenzioni.", "qualcomm <- italian-government 1500000000 EUR"),
                Arguments.of("es", "El Departamento de Comercio cerró las subvenciones para Qualcomm el lunes. El "
                        + "contrato prevé hasta 1.500 millones de dólares en subvenciones.",
                        "qualcomm <- commerce 1500000000 USD"),
                // the sentence before told its own amount: what is left of a programme is no deal
                Arguments.of("en", "The Commerce Department awarded Qualcomm grants of $2 billion. That leaves $16 "
                        + "billion in grants to hand out.", "qualcomm <- commerce 2000000000 USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theAmountOfAGrantToldJustBeforeGoesToItsCompany(String language, String text, String expected) {
        DealCases.assertFound(language, text, expected);
    }

    static Stream<Arguments> aGovernmentLuringACompanyWithMoneyPaysIt() {
        return Stream.of(
                Arguments.of("de", "Der Bund will Samsung mit fünf Milliarden Euro nach Dresden locken.",
                        "samsung <- german-government 5000000000 EUR"),
                Arguments.of("de", "Die Regierung will Samsung mit Subventionen von fünf Milliarden Euro nach "
                        + "Sachsen locken.", "samsung <- german-government 5000000000 EUR"),
                Arguments.of("en", "The Commerce Department wants to lure Samsung with subsidies of $5 billion for a "
                        + "plant in Arizona.", "samsung <- commerce 5000000000 USD"),
                Arguments.of("fr", "L'État veut attirer Samsung avec des subventions de 5 milliards d'euros pour une "
                        + "usine à Grenoble.", "samsung <- french-government 5000000000 EUR"),
                Arguments.of("it", "Il governo vuole attirare Samsung con sovvenzioni da 5 miliardi di euro per una "
                        + "fabbrica in Piemonte.", "samsung <- italian-government 5000000000 EUR"),
                Arguments.of("es", "El Departamento de Comercio quiere atraer a Samsung con subvenciones de 5.000 "
                        + "millones de dólares para una fábrica en Arizona.", "samsung <- commerce 5000000000 USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aGovernmentLuringACompanyWithMoneyPaysIt(String language, String text, String expected) {
        DealCases.assertFound(language, text, expected);
    }

    static Stream<Arguments> aProgrammeForMakersInGeneralIsNoGrantToACompanyNamedLater() {
        return Stream.of(
                Arguments.of("de", "Das US-Handelsministerium will die Hersteller von Halbleitern massiv fördern und "
                        + "hatte dafür rund vier Milliarden Euro eingeplant. Ebenfalls in Frage stehen die "
                        + "Subventionen für Samsung in Texas."),
                Arguments.of("en", "The Commerce Department wants to back the chipmakers and has set aside grants of "
                        + "about $4 billion. The grants for Samsung in Texas are also in doubt."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aProgrammeForMakersInGeneralIsNoGrantToACompanyNamedLater(String language, String text) {
        DealCases.assertFound(language, text, "");
    }
}
